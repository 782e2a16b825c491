import "server-only";
import type { EngagementMode } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { db } from "@/lib/db/client";

/** The stage definitions in bow-tie order. */
export async function getStageDefinitions() {
  return db.stageDefinition.findMany({
    select: {
      stage: true,
      order: true,
      side: true,
      labelEn: true,
      labelFi: true,
      descriptionEn: true,
      descriptionFi: true,
      entryCriteriaEn: true,
      entryCriteriaFi: true,
      slaHours: true,
      updatedAt: true,
    },
    orderBy: { order: "asc" },
  });
}

export type StageDefinitionRow = Awaited<ReturnType<typeof getStageDefinitions>>[number];

/** What the sales-model editor offers and shows: the segments in rule order with their owners per stage, and every team. */
export async function getSalesModelEditor() {
  const [segments, teams, owners] = await Promise.all([
    db.segment.findMany({ select: { id: true, nameEn: true, nameFi: true }, orderBy: { priority: "asc" } }),
    db.team.findMany({ select: { id: true, name: true, function: true }, orderBy: [{ function: "asc" }, { name: "asc" }] }),
    db.stageOwner.findMany({ select: { segmentId: true, stage: true, teamId: true, mode: true } }),
  ]);
  const rows = segments.map((segment) => {
    const own = new Map(owners.filter((owner) => owner.segmentId === segment.id).map((owner) => [owner.stage, owner]));
    const row = Object.fromEntries(
      BOWTIE_STAGES.map((stage) => {
        const owner = own.get(stage);
        return [stage, owner ? { teamId: owner.teamId, mode: owner.mode } : null];
      }),
    ) as Record<BowtieStage, { teamId: number; mode: EngagementMode } | null>;
    return { ...segment, row };
  });
  return { segments: rows, teams };
}
