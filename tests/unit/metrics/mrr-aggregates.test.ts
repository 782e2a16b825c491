import { describe, expect, it } from "vitest";
import {
  monthlyRetentionBase,
  mrrMovementsFromTotals,
  mrrSummaryFromTotals,
  revenueByCustomerAge,
  type CustomerAgeRevenue,
  type MrrMovementTotal,
} from "@/lib/metrics/mrr-aggregates";
import { mrrMovementSummary } from "@/lib/metrics/mrr-movements";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import { monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { grossRevenueRetention, netRevenueRetention, retentionBase } from "@/lib/metrics/revenue-retention";
import { month, SERIES } from "./retention-fixture";

const total = (
  iso: string,
  kind: MrrMovementTotal["kind"],
  accounts: number,
  amountMinor: number,
  previousMrrMinor: number,
  mrrMinor: number,
): MrrMovementTotal => ({ month: month(iso), kind, accounts, amountMinor, previousMrrMinor, mrrMinor });

// The pairs of the retention fixture (A–F), grouped by month and kind as the SQL returns them.
const TOTALS: MrrMovementTotal[] = [
  // January: A 100 → 100 and F 100 → 100 flat, B 200 → 120, C 50 → 0, D 0 → 300 (first revenue).
  total("2026-01", "UNCHANGED", 2, 0, 200, 200),
  total("2026-01", "CONTRACTION", 1, 80, 200, 120),
  total("2026-01", "CHURN", 1, 50, 50, 0),
  total("2026-01", "NEW", 1, 300, 0, 300),
  // February: A 100 → 150; B 120, D 300, F 100 flat (520); E 0 → 70, having paid in September.
  total("2026-02", "EXPANSION", 1, 50, 100, 150),
  total("2026-02", "UNCHANGED", 3, 0, 520, 520),
  total("2026-02", "REACTIVATION", 1, 70, 0, 70),
  // March: A 150, B 120, D 300, E 70 flat (640); C 0 → 80 again; F 100 → 0.
  total("2026-03", "UNCHANGED", 4, 0, 640, 640),
  total("2026-03", "REACTIVATION", 1, 80, 0, 80),
  total("2026-03", "CHURN", 1, 100, 100, 0),
];

describe("mrrSummaryFromTotals", () => {
  it("bridges January: starting 200 + 200 + 50 = 450, + 300 new − 80 − 50 = ending 620", () => {
    expect(mrrSummaryFromTotals(TOTALS, month("2026-01"))).toEqual({
      month: month("2026-01"),
      startingMrrMinor: 450,
      newMinor: 300,
      expansionMinor: 0,
      reactivationMinor: 0,
      contractionMinor: 80,
      churnMinor: 50,
      netNewMinor: 170,
      endingMrrMinor: 620, // 200 + 120 + 0 + 300
      // starting: 2 flat + 1 contracted + 1 churned; ending: 2 flat + 1 contracted + 1 new.
      customers: { starting: 4, new: 1, reactivated: 0, expanded: 0, contracted: 1, churned: 1, ending: 4 },
    });
  });

  it.each(["2026-01", "2026-02", "2026-03"])("gives the per-pair summary of %s", (iso) => {
    const changes = mrrChangesFromSeries(SERIES, quarterPeriod(2026, 1));
    expect(mrrSummaryFromTotals(TOTALS, month(iso))).toEqual(mrrMovementSummary(changes, month(iso)));
  });

  it("counts a reactivated customer as ending but not starting: February 4 → 5 customers, 620 → 740", () => {
    const february = mrrSummaryFromTotals(TOTALS, month("2026-02"));
    expect(february.customers).toMatchObject({ starting: 4, reactivated: 1, ending: 5 });
    expect([february.startingMrrMinor, february.netNewMinor, february.endingMrrMinor]).toEqual([620, 120, 740]);
  });
});

describe("mrrMovementsFromTotals", () => {
  it("zero-fills months without totals", () => {
    const months = mrrMovementsFromTotals(TOTALS.slice(0, 4), quarterPeriod(2026, 1));
    expect(months.map((m) => [m.month, m.startingMrrMinor, m.endingMrrMinor])).toEqual([
      [month("2026-01"), 450, 620],
      [month("2026-02"), 0, 0],
      [month("2026-03"), 0, 0],
    ]);
  });

  it("chains the quarter: ending of one month is the starting of the next (620, 740, 720)", () => {
    expect(mrrMovementsFromTotals(TOTALS, quarterPeriod(2026, 1)).map((m) => m.endingMrrMinor)).toEqual([620, 740, 720]);
  });
});

describe("monthlyRetentionBase", () => {
  it.each([
    // January: A, B, C, F paid in December (450); B contracts 80, C churns 50; D is new, not in the base.
    ["2026-01", { customersAtStart: 4, startingMrrMinor: 450, expansionMinor: 0, contractionMinor: 80, churnMinor: 50, churnedCustomers: 1, expandedCustomers: 0, contractedCustomers: 1 }],
    // March: A, B, D, E, F paid in February (740); F churns 100; C's return is a reactivation, not in the base.
    ["2026-03", { customersAtStart: 5, startingMrrMinor: 740, expansionMinor: 0, contractionMinor: 0, churnMinor: 100, churnedCustomers: 1, expandedCustomers: 0, contractedCustomers: 0 }],
  ])("%s equals retentionBase over that month", (iso, expected) => {
    const base = monthlyRetentionBase(mrrSummaryFromTotals(TOTALS, month(iso)));
    expect(base).toEqual(expected);
    const [year, monthNumber] = iso.split("-").map(Number) as [number, number];
    const period = monthPeriod(year, monthNumber);
    expect(base).toEqual(retentionBase(mrrChangesFromSeries(SERIES, period), period));
  });

  it("January GRR = (450 − 80 − 50) ÷ 450 and NRR the same, with no expansion", () => {
    const base = monthlyRetentionBase(mrrSummaryFromTotals(TOTALS, month("2026-01")));
    expect(grossRevenueRetention(base)).toBeCloseTo(320 / 450, 12);
    expect(netRevenueRetention(base)).toBeCloseTo(320 / 450, 12);
  });

  it("is no data for a month nobody paid before", () => {
    const base = monthlyRetentionBase(mrrSummaryFromTotals([total("2026-01", "NEW", 1, 300, 0, 300)], month("2026-01")));
    expect(grossRevenueRetention(base)).toBeNull();
  });
});

describe("revenueByCustomerAge", () => {
  const row = (iso: string, isNew: boolean, customers: number, mrrMinor: number): CustomerAgeRevenue => ({
    month: month(iso),
    isNew,
    customers,
    mrrMinor,
  });
  // Q1 2026: D first paid in January (new in Q1); A, B, C, F first paid in December and E in
  // September (existing). C pays again only in March, F not in March.
  const rows = [
    row("2026-01", false, 3, 320), // A 100 + B 120 + F 100
    row("2026-01", true, 1, 300), // D
    row("2026-02", false, 4, 440), // A 150 + B 120 + E 70 + F 100
    row("2026-02", true, 1, 300),
    row("2026-03", false, 4, 420), // A 150 + B 120 + C 80 + E 70
    row("2026-03", true, 1, 300),
  ];

  it("splits each month and gives new customers' share: 300 ÷ 620, 300 ÷ 740, 300 ÷ 720", () => {
    const months = revenueByCustomerAge(rows, quarterPeriod(2026, 1));
    expect(months.map((m) => [m.newMrrMinor, m.existingMrrMinor, m.newCustomers, m.existingCustomers])).toEqual([
      [300, 320, 1, 3],
      [300, 440, 1, 4],
      [300, 420, 1, 4],
    ]);
    expect(months.map((m) => m.newShare)).toEqual([300 / 620, 300 / 740, 300 / 720]);
  });

  it("zero-fills a month without revenue, with no share", () => {
    expect(revenueByCustomerAge([], monthPeriod(2026, 4))).toEqual([
      { month: month("2026-04"), newMrrMinor: 0, existingMrrMinor: 0, newCustomers: 0, existingCustomers: 0, newShare: null },
    ]);
  });
});
