import type { BowtieStage } from "@/lib/bowtie/stages";
import { ratio, type Ratio } from "./ratio";

/** Records of one entry month whose furthest stage reached by as-of is `furthest` (one GROUP BY). */
export interface FurthestStageCount {
  cohortMonth: Date;
  furthest: BowtieStage;
  records: number;
}

export interface StageShare {
  stage: BowtieStage;
  records: number;
  share: Ratio;
}

export interface FurthestStageCohort {
  cohortMonth: Date;
  entered: number;
  /** Records whose furthest stage is exactly this one, and their share of the cohort. */
  furthest: StageShare[];
  /** Records that reached this stage or a later one, and their share of the cohort. */
  reached: StageShare[];
}

/** Per entry month: records entering, and per stage the share whose furthest stage is it (and that reached it or later) by as-of; every month present. */
export function furthestStageCohorts(
  months: readonly Date[],
  rows: readonly FurthestStageCount[],
  stages: readonly BowtieStage[],
): FurthestStageCohort[] {
  return months.map((cohortMonth) => {
    const ofMonth = rows.filter((row) => row.cohortMonth.getTime() === cohortMonth.getTime());
    const count = (stage: BowtieStage) => ofMonth.filter((row) => row.furthest === stage).reduce((sum, row) => sum + row.records, 0);
    const entered = ofMonth.reduce((sum, row) => sum + row.records, 0);
    const exactly = stages.map(count);
    return {
      cohortMonth,
      entered,
      furthest: stages.map((stage, index) => ({ stage, records: exactly[index]!, share: ratio(exactly[index]!, entered) })),
      reached: stages.map((stage, index) => {
        const records = exactly.slice(index).reduce((sum, value) => sum + value, 0);
        return { stage, records, share: ratio(records, entered) };
      }),
    };
  });
}
