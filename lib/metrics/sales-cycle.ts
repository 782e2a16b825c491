import { ratio, type Ratio } from "./ratio";

/** Won deals closed in P whose cycle (closedAt − openedAt) lasted `days`, as a GROUP BY on the day count yields them. */
export interface CycleBucket {
  days: number;
  deals: number;
}

/** Median and mean sales cycle in days, with the number of won deals behind them. */
export interface SalesCycle {
  medianDays: number | null;
  meanDays: Ratio;
  deals: number;
}

function median(buckets: readonly CycleBucket[], count: number): number | null {
  if (count === 0) return null;
  const sorted = [...buckets].filter((bucket) => bucket.deals > 0).sort((a, b) => a.days - b.days);
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.deals;
      if (position < seen) return bucket.days;
    }
    throw new RangeError("position beyond the histogram");
  };
  const lower = valueAt(Math.floor((count - 1) / 2));
  const upper = valueAt(Math.floor(count / 2));
  return (lower + upper) / 2;
}

// The cycle is measured end to end on each won deal; adding up median stage times would
// count stages a deal skipped and mix deals that never closed.
/** Sales cycle: median and mean of (close − opportunity opened) in days over deals won in P; open and lost deals excluded. */
export function salesCycle(buckets: readonly CycleBucket[]): SalesCycle {
  const deals = buckets.reduce((sum, bucket) => sum + bucket.deals, 0);
  const totalDays = buckets.reduce((sum, bucket) => sum + bucket.days * bucket.deals, 0);
  return { medianDays: median(buckets, deals), meanDays: ratio(totalDays, deals), deals };
}
