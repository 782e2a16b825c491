import { BOWTIE_STAGES, STAGE_SIDE, type BowtieStage } from "@/lib/bowtie/stages";

/** The funnel is the bow-tie's left side up to the knot: the stages a lead record passes through. */
export const FUNNEL_STAGES: readonly BowtieStage[] = BOWTIE_STAGES.filter((stage) => STAGE_SIDE[stage] !== "RETENTION");

export function isFunnelStage(stage: string): stage is BowtieStage {
  return (FUNNEL_STAGES as readonly string[]).includes(stage);
}
