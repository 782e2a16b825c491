import "server-only";
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
    },
    orderBy: { order: "asc" },
  });
}

export type StageDefinitionRow = Awaited<ReturnType<typeof getStageDefinitions>>[number];
