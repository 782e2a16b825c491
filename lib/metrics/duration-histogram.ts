import { ratio, type Ratio } from "./ratio";
import type { DurationBucket } from "./survival";

/** Lower edges (hours) of the bins a time-in-stage distribution is shown in: <1 d, 1–3 d, 3–7 d, 1–2 w, 2 w–30 d, 30–60 d, 60–90 d, ≥90 d. */
export const STAY_BIN_EDGES_HOURS = [0, 24, 72, 168, 336, 720, 1440, 2160] as const;

/** One bin: stays that ended (`exits`) or were still open at as-of (`censored`) after [fromHours, toHours) hours. */
export interface DurationBin {
  fromHours: number;
  /** Null for the last, open-ended bin. */
  toHours: number | null;
  exits: number;
  censored: number;
}

/**
 * A censored duration histogram regrouped into display bins: each bucket falls in the bin
 * holding its lower edge. `edges` must start at 0 and rise; the last bin is open-ended.
 */
export function durationHistogram(buckets: readonly DurationBucket[], edges: readonly number[] = STAY_BIN_EDGES_HOURS): DurationBin[] {
  if (edges[0] !== 0 || edges.some((edge, index) => index > 0 && edge <= edges[index - 1]!)) {
    throw new RangeError("bin edges must start at 0 and rise");
  }
  const bins = edges.map((fromHours, index): DurationBin => ({ fromHours, toHours: edges[index + 1] ?? null, exits: 0, censored: 0 }));
  for (const bucket of buckets) {
    if (bucket.hours < 0) throw new RangeError("duration buckets must not be negative");
    const bin = bins.findLast((candidate) => candidate.fromHours <= bucket.hours)!;
    bin.exits += bucket.exits;
    bin.censored += bucket.censored;
  }
  return bins;
}

/** Each bin's share of all stays (ended and open), in bin order; null for every bin when there are none. */
export function binShares(bins: readonly DurationBin[]): Ratio[] {
  const all = bins.reduce((sum, bin) => sum + bin.exits + bin.censored, 0);
  return bins.map((bin) => ratio(bin.exits + bin.censored, all));
}
