import { describe, expect, it } from "vitest";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import { monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { month, SERIES } from "./retention-fixture";

describe("mrrChangesFromSeries", () => {
  it("pairs consecutive months, treats missing months as 0 and keeps unchanged accounts", () => {
    const january = mrrChangesFromSeries(SERIES, monthPeriod(2026, 1));
    expect(january.map((c) => [c.accountId, c.previousMrrMinor, c.mrrMinor, c.hadRevenueBefore])).toEqual([
      [1, 100, 100, true],
      [2, 200, 120, true],
      [3, 50, 0, true], // the churn month has a row although January has no MonthlyRevenue
      [4, 0, 300, false], // first revenue: new
      [6, 100, 100, true],
    ]);
  });

  it("remembers revenue from long before the previous month", () => {
    const changes = mrrChangesFromSeries(SERIES, quarterPeriod(2026, 1));
    const eInFebruary = changes.find((c) => c.accountId === 5 && c.month.getTime() === month("2026-02").getTime());
    expect(eInFebruary).toMatchObject({ previousMrrMinor: 0, mrrMinor: 70, hadRevenueBefore: true });
    // No row where both months are 0 (C in February, E in January).
    expect(changes.filter((c) => c.previousMrrMinor === 0 && c.mrrMinor === 0)).toEqual([]);
    expect(changes).toHaveLength(5 + 5 + 6);
  });
});
