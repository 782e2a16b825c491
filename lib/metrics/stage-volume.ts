import type { Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";

/** Distinct records that entered `stage` in the period (one GROUP BY toStage over StageTransition). */
export interface StageEntries {
  stage: Stage;
  records: number;
}

const ALL_STAGES: readonly Stage[] = [...BOWTIE_STAGES, "CHURNED"];

/** Volume per stage: distinct records entering it in P by any move (first placement, forward, skip, back); zero-filled. */
export function stageVolumes(rows: readonly StageEntries[]): Record<Stage, number> {
  const volumes = Object.fromEntries(ALL_STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const row of rows) volumes[row.stage] += row.records;
  return volumes;
}
