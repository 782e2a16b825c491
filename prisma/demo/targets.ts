import type { DealType } from "@/generated/prisma/enums";
import { addMonths, monthStart, monthsBetween } from "./calendar";
import type { SegmentKey } from "./company";
import type { SalesTargetRow } from "./rows";
import type { Setup } from "./setup";

/**
 * Monthly sales targets (euros of annual contract value at the default scale) in the first
 * budget year of the history. Volume customers subscribe on the web shop and never sign a
 * renewal deal, so that segment has no renewal target.
 */
const TARGETS: Record<SegmentKey, Partial<Record<DealType, number>>> = {
  enterprise: { NEW: 90_000, EXPANSION: 60_000, RENEWAL: 280_000 },
  "mid-market": { NEW: 85_000, EXPANSION: 20_000, RENEWAL: 150_000 },
  volume: { NEW: 21_000, EXPANSION: 1_500 },
};

/** Each budget year asks for this much more than the one before. */
const PLANNED_GROWTH = 1.2;

/**
 * When new business is expected to close, by calendar month: quarter ends and the budget
 * rush before Christmas, little in the July holidays and in August's catch-up the rest.
 * Expansion and renewal targets are spread evenly; renewals follow the contract calendar.
 */
const NEW_BUSINESS_SEASON = [0.6, 0.7, 1.3, 0.75, 0.95, 1.25, 0.35, 1.55, 1.25, 1.1, 0.65, 1.55] as const;

const PLANNING_MONTHS_AHEAD = 12;

/** Rounded the way a plan is written down: to two significant figures, at least a whole euro. */
function planned(euros: number): number {
  if (euros < 10) return Math.round(euros);
  const step = 10 ** (Math.floor(Math.log10(euros)) - 1);
  return Math.round(euros / step) * step;
}

/**
 * A target per month, segment and deal type from the first month of the history to twelve
 * months past its end. Plans are set per calendar year, so a year's months share its growth
 * step; nothing here is drawn at random, as a plan is not a forecast of what happened.
 */
export function salesTargetRows(setup: Setup): SalesTargetRow[] {
  const { start, end } = setup.window;
  const firstYear = new Date(start).getUTCFullYear();
  const rows: SalesTargetRow[] = [];
  let id = 0;
  for (const month of monthsBetween(start, addMonths(monthStart(end), PLANNING_MONTHS_AHEAD + 1))) {
    const date = new Date(month);
    const growth = PLANNED_GROWTH ** (date.getUTCFullYear() - firstYear);
    for (const [key, info] of Object.entries(setup.segments) as [SegmentKey, Setup["segments"][SegmentKey]][]) {
      for (const [dealType, euros] of Object.entries(TARGETS[key]) as [DealType, number][]) {
        const season = dealType === "NEW" ? NEW_BUSINESS_SEASON[date.getUTCMonth()]! : 1;
        rows.push({
          id: ++id,
          month,
          segmentId: info.id,
          dealType,
          amountMinor: planned(euros * setup.scale * growth * season) * 100,
          currency: "EUR",
        });
      }
    }
  }
  return rows;
}
