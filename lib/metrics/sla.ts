import type { Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { ratio, type Ratio } from "./ratio";

/** Records in `stage` at as-of that had been there `hours` (floored), as a GROUP BY on the floored age yields them. */
export interface StageAge {
  stage: Stage;
  hours: number;
  records: number;
}

/** Per stage: records in it at as-of, those past the stage's SLA, and their share. */
export interface SlaBreach {
  stage: Stage;
  inStage: number;
  pastSla: number;
  share: Ratio;
}

// Past the SLA means age ≥ SLA hours; with ages floored to whole hours and whole-hour SLAs
// that test is exact. The SLA is an argument, not part of the query, so changing
// StageDefinition.slaHours (or trying a what-if) needs no new aggregate.
/** SLA breach share per stage: records in the stage at as-of for ≥ its slaHours ÷ records in it; null without an SLA or records; bow-tie order. */
export function slaBreaches(
  ages: readonly StageAge[],
  slaHours: Partial<Record<Stage, number | null>>,
): SlaBreach[] {
  const present = new Set<Stage>([
    ...ages.map((age) => age.stage),
    ...(Object.keys(slaHours) as Stage[]).filter((stage) => slaHours[stage] != null),
  ]);
  const stages = ([...BOWTIE_STAGES, "CHURNED"] as Stage[]).filter((stage) => present.has(stage));
  return stages.map((stage) => {
    const rows = ages.filter((age) => age.stage === stage);
    const inStage = rows.reduce((sum, row) => sum + row.records, 0);
    const sla = slaHours[stage] ?? null;
    const pastSla = sla === null ? 0 : rows.filter((row) => row.hours >= sla).reduce((sum, row) => sum + row.records, 0);
    return { stage, inStage, pastSla, share: sla === null ? null : ratio(pastSla, inStage) };
  });
}
