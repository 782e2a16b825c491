import { describe, expect, it } from "vitest";
import {
  classifyMovement,
  mrrMovementsByMonth,
  mrrMovementSummary,
  type MovementKind,
} from "@/lib/metrics/mrr-movements";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import { quarterPeriod } from "@/lib/metrics/period";
import { month, SERIES } from "./retention-fixture";

describe("classifyMovement (ChartMogul's rules)", () => {
  it.each<[number, number, boolean, MovementKind, number]>([
    [0, 100, false, "NEW", 100], // first revenue ever
    [0, 100, true, "REACTIVATION", 100], // revenue again after a month at 0: not new
    [100, 150, true, "EXPANSION", 50],
    [150, 100, true, "CONTRACTION", 50],
    [100, 1, true, "CONTRACTION", 99], // down but still > 0
    [100, 0, true, "CHURN", 100], // > 0 → 0
    [100, 100, true, "UNCHANGED", 0],
  ])("%s → %s (paid before: %s) is %s of %s", (previousMrrMinor, mrrMinor, hadRevenueBefore, kind, amountMinor) => {
    expect(
      classifyMovement({ accountId: 1, month: month("2026-01"), previousMrrMinor, mrrMinor, hadRevenueBefore }),
    ).toEqual({ kind, amountMinor });
  });
});

describe("mrrMovementSummary", () => {
  const changes = mrrChangesFromSeries(SERIES, quarterPeriod(2026, 1));

  it("bridges January: 450 + 300 new − 80 contraction − 50 churn = 620", () => {
    expect(mrrMovementSummary(changes, month("2026-01"))).toEqual({
      month: month("2026-01"),
      startingMrrMinor: 450, // A 100 + B 200 + C 50 + F 100
      newMinor: 300, // D
      expansionMinor: 0,
      reactivationMinor: 0,
      contractionMinor: 80, // B 200 → 120
      churnMinor: 50, // C 50 → 0
      netNewMinor: 170,
      endingMrrMinor: 620, // A 100 + B 120 + D 300 + F 100
      customers: { starting: 4, new: 1, reactivated: 0, expanded: 0, contracted: 1, churned: 1, ending: 4 },
    });
  });

  it("counts E's return in February as a reactivation, not as new", () => {
    const february = mrrMovementSummary(changes, month("2026-02"));
    expect(february).toMatchObject({
      startingMrrMinor: 620,
      newMinor: 0,
      expansionMinor: 50, // A 100 → 150
      reactivationMinor: 70, // E, who paid in September 2025
      netNewMinor: 120,
      endingMrrMinor: 740,
    });
  });

  it("bridges every month of the quarter, zero-filled and consistent", () => {
    const months = mrrMovementsByMonth(changes, quarterPeriod(2026, 1));
    expect(months.map((m) => [m.startingMrrMinor, m.netNewMinor, m.endingMrrMinor])).toEqual([
      [450, 170, 620],
      [620, 120, 740],
      [740, -20, 720], // March: C reactivates +80, F churns −100
    ]);
    for (const m of months) expect(m.startingMrrMinor + m.netNewMinor).toBe(m.endingMrrMinor);
  });

  it("is all zeros for a month with no revenue", () => {
    expect(mrrMovementSummary([], month("2026-06"))).toMatchObject({ startingMrrMinor: 0, endingMrrMinor: 0 });
  });
});
