import type { Stage, StageSide } from "@/generated/prisma/enums";

/** The seven bow-tie stages, left to right. CHURNED is recorded but is not on the bow-tie. */
export const BOWTIE_STAGES = [
  "AWARENESS",
  "CONSIDERATION",
  "COMPARISON",
  "PURCHASE",
  "ONBOARDING",
  "IMPACT",
  "EXPANSION",
] as const satisfies readonly Stage[];

export type BowtieStage = (typeof BOWTIE_STAGES)[number];

export const STAGE_SIDE: Record<BowtieStage, StageSide> = {
  AWARENESS: "ACQUISITION",
  CONSIDERATION: "ACQUISITION",
  COMPARISON: "ACQUISITION",
  PURCHASE: "KNOT",
  ONBOARDING: "RETENTION",
  IMPACT: "RETENTION",
  EXPANSION: "RETENTION",
};

/** The funnel is the bow-tie's left side up to the knot: the stages a lead record passes through. */
export const FUNNEL_STAGES: readonly BowtieStage[] = BOWTIE_STAGES.filter((stage) => STAGE_SIDE[stage] !== "RETENTION");

export function isFunnelStage(stage: string): stage is BowtieStage {
  return (FUNNEL_STAGES as readonly string[]).includes(stage);
}

/** Position on the bow-tie (0–6); CHURNED has none. */
export function stageOrder(stage: Stage): number | null {
  const index = (BOWTIE_STAGES as readonly Stage[]).indexOf(stage);
  return index === -1 ? null : index;
}

export type MoveDirection = "ENTRY" | "FORWARD" | "SKIP" | "BACKWARD" | "EXIT";

/**
 * How a move relates to the bow-tie: the first placement, one step forward, a skip over
 * stages, a move back, or leaving the bow-tie (churn). Re-entering from CHURNED counts as a
 * forward move to wherever the record lands.
 */
export function moveDirection(from: Stage | null, to: Stage): MoveDirection {
  if (from === null) return "ENTRY";
  const toOrder = stageOrder(to);
  if (toOrder === null) return "EXIT";
  const fromOrder = stageOrder(from);
  if (fromOrder === null) return "FORWARD";
  if (toOrder === fromOrder + 1) return "FORWARD";
  return toOrder > fromOrder ? "SKIP" : "BACKWARD";
}
