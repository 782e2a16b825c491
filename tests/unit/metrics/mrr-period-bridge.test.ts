import { describe, expect, it } from "vitest";
import { mrrMovementsByMonth, type MovementKind } from "@/lib/metrics/mrr-movements";
import { mrrWaterfall, periodMrrBridge, type MovementAccounts } from "@/lib/metrics/mrr-period-bridge";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import { monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { SERIES } from "./retention-fixture";

const q1 = quarterPeriod(2026, 1);
const months = mrrMovementsByMonth(mrrChangesFromSeries(SERIES, q1), q1);
const accounts = (counts: Partial<Record<MovementKind, number>>): MovementAccounts[] =>
  Object.entries(counts).map(([kind, count]) => ({ kind: kind as MovementKind, accounts: count }));
// Q1's movers, each once: D new; A expands; E (Feb) and C (Mar) come back; B contracts; C (Jan) and F (Mar) churn.
const Q1_ACCOUNTS = accounts({ NEW: 1, EXPANSION: 1, REACTIVATION: 2, CONTRACTION: 1, CHURN: 2, UNCHANGED: 4 });

describe("periodMrrBridge", () => {
  it("bridges Q1 from December's 450 to March's 720 with the months' movements summed", () => {
    expect(periodMrrBridge(months, Q1_ACCOUNTS)).toEqual({
      startingMrrMinor: 450, // A 100 + B 200 + C 50 + F 100
      newMinor: 300, // D
      expansionMinor: 50, // A
      reactivationMinor: 150, // E 70 + C 80
      contractionMinor: 80, // B
      churnMinor: 150, // C 50 + F 100
      netNewMinor: 270, // 300 + 50 + 150 − 80 − 150 = 720 − 450
      endingMrrMinor: 720,
      customers: { starting: 4, new: 1, reactivated: 2, expanded: 1, contracted: 1, churned: 2, ending: 5 },
    });
  });

  it("counts customers from the distinct accounts, not the sum of the months", () => {
    // Were A to expand in January and in February, the months would say 2 and P's accounts 1.
    const twice = months.map((month) => ({ ...month, customers: { ...month.customers, expanded: 1 } }));
    expect(periodMrrBridge(twice, accounts({ EXPANSION: 1 }))?.customers.expanded).toBe(1);
  });

  it("is the month itself for a one-month period", () => {
    const february = mrrMovementsByMonth(mrrChangesFromSeries(SERIES, monthPeriod(2026, 2)), monthPeriod(2026, 2));
    const { month: _month, ...bridge } = february[0]!;
    expect(periodMrrBridge(february, accounts({ EXPANSION: 1, REACTIVATION: 1, UNCHANGED: 3 }))).toEqual(bridge);
  });

  it("is null for no months", () => {
    expect(periodMrrBridge([], [])).toBeNull();
  });
});

describe("mrrWaterfall", () => {
  it.each([
    ["STARTING", 450, 4, 0, 450],
    ["NEW", 300, 1, 450, 750],
    ["EXPANSION", 50, 1, 750, 800],
    ["REACTIVATION", 150, 2, 800, 950],
    ["CONTRACTION", 80, 1, 950, 870],
    ["CHURN", 150, 2, 870, 720],
    ["ENDING", 720, 5, 0, 720],
  ] as const)("Q1's %s step: %i from %i accounts, %i → %i", (kind, amountMinor, count, fromMinor, toMinor) => {
    const steps = mrrWaterfall(periodMrrBridge(months, Q1_ACCOUNTS)!);
    expect(steps.find((step) => step.kind === kind)).toEqual({ kind, amountMinor, accounts: count, fromMinor, toMinor });
  });

  it("lands the last movement on the ending MRR", () => {
    const steps = mrrWaterfall(periodMrrBridge(months, Q1_ACCOUNTS)!);
    expect(steps.at(-2)!.toMinor).toBe(steps.at(-1)!.toMinor);
  });

  it("leaves reactivation out when there is none: January 2026", () => {
    const january = mrrMovementsByMonth(mrrChangesFromSeries(SERIES, monthPeriod(2026, 1)), monthPeriod(2026, 1));
    const steps = mrrWaterfall(periodMrrBridge(january, accounts({ NEW: 1, CONTRACTION: 1, CHURN: 1 }))!);
    // 450 + 300 (D) + 0 − 80 (B) − 50 (C) = 620
    expect(steps.map((step) => [step.kind, step.toMinor])).toEqual([
      ["STARTING", 450],
      ["NEW", 750],
      ["EXPANSION", 750],
      ["CONTRACTION", 670],
      ["CHURN", 620],
      ["ENDING", 620],
    ]);
  });
});
