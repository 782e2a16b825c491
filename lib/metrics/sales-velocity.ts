import { roundHalfUp } from "./rounding";
import type { Ratio } from "./ratio";

/** The four levers of sales velocity, each measured by its own metric. */
export interface VelocityInputs {
  /** Open opportunities now (deals with status OPEN at as-of). */
  openOpportunities: number;
  winRate: Ratio;
  averageDealSizeMinor: number | null;
  /** Mean sales cycle in days (salesCycle().meanDays). */
  averageCycleDays: Ratio;
}

/** Expected won revenue per day and per month, in minor units. */
export interface SalesVelocity {
  perDayMinor: number;
  perMonthMinor: number;
}

/** An average calendar month, 365.25 ÷ 12 days, so months of 28 and 31 days weigh the same. */
export const DAYS_PER_MONTH = 365.25 / 12;

// Both figures come from the same unrounded per-day value and are rounded half up to whole
// minor units only at the end, so per month is not per day × 30.4375 of a rounded number.
/** Sales velocity: open opportunities × win rate × average deal size ÷ mean cycle days; null when any lever is unknown or the cycle is 0. */
export function salesVelocity(inputs: VelocityInputs): SalesVelocity | null {
  const { openOpportunities, winRate, averageDealSizeMinor, averageCycleDays } = inputs;
  if (winRate === null || averageDealSizeMinor === null || averageCycleDays === null || averageCycleDays === 0) {
    return null;
  }
  const perDay = (openOpportunities * winRate * averageDealSizeMinor) / averageCycleDays;
  return { perDayMinor: roundHalfUp(perDay), perMonthMinor: roundHalfUp(perDay * DAYS_PER_MONTH) };
}
