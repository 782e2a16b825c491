import type { BowtieStage } from "@/lib/bowtie/stages";
import { addDays, type Period } from "./period";
import { ratio, type Ratio } from "./ratio";
import type { ConversionPath } from "./period-conversion";

/**
 * The cohort of records that entered `stage` in P, and how many of them moved on within
 * the window of W days after their own entry: `reachedNext` by a direct move to the next
 * stage, `reachedLater` by a move to any later stage (skips included, so ≥ reachedNext).
 */
export interface StageCohort {
  stage: BowtieStage;
  entered: number;
  reachedNext: number;
  reachedLater: number;
}

/** Cohort conversion of S: of records entering S in P, share reaching S+1 within W days (strict: directly; anyPath: any later). */
export function cohortConversion(cohort: StageCohort, path: ConversionPath): Ratio {
  if (cohort.stage === "EXPANSION") return null;
  return ratio(path === "strict" ? cohort.reachedNext : cohort.reachedLater, cohort.entered);
}

// A record that entered on the last day of P has had its full window only W days after P
// ends; before that the cohort's rate can still rise, and a dashboard should say so.
/** Whether every member of a cohort entering in P has had its full W-day window by as-of. */
export function cohortWindowClosed(period: Period, windowDays: number, asOf: Date): boolean {
  return asOf.getTime() >= addDays(period.end, windowDays).getTime();
}
