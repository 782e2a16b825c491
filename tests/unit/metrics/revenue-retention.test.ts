import { describe, expect, it } from "vitest";
import { mrrChangesFromSeries } from "@/lib/metrics/mrr-series";
import { monthPeriod, quarterPeriod, type Period } from "@/lib/metrics/period";
import {
  emptyRetentionBase,
  expansionRate,
  grossRevenueRetention,
  logoChurnRate,
  netRevenueRetention,
  retentionBase,
  type RetentionBase,
} from "@/lib/metrics/revenue-retention";
import { SERIES } from "./retention-fixture";

const baseOf = (period: Period) => retentionBase(mrrChangesFromSeries(SERIES, period), period);

describe("retentionBase", () => {
  it("counts a customer expanding in two months once, and nothing after its first churn", () => {
    // G: 100 in December, 120 in January, 150 in February (two expansions), churns in March.
    // H: 100 in December, churns in January, back at 300 in February: a reactivation, not expansion.
    const month = (iso: string) => new Date(`${iso}-01T00:00:00.000Z`);
    const series = [
      { accountId: 7, month: month("2025-12"), mrrMinor: 100 },
      { accountId: 7, month: month("2026-01"), mrrMinor: 120 },
      { accountId: 7, month: month("2026-02"), mrrMinor: 150 },
      { accountId: 8, month: month("2025-12"), mrrMinor: 100 },
      { accountId: 8, month: month("2026-02"), mrrMinor: 300 },
      { accountId: 8, month: month("2026-03"), mrrMinor: 200 },
    ];
    const q1 = quarterPeriod(2026, 1);
    expect(retentionBase(mrrChangesFromSeries(series, q1), q1)).toEqual({
      customersAtStart: 2,
      startingMrrMinor: 200,
      expansionMinor: 50, // G 20 + 30
      contractionMinor: 0, // H's March drop comes after its churn
      churnMinor: 250, // G 150 + H 100
      churnedCustomers: 2,
      expandedCustomers: 1,
      contractedCustomers: 0,
    });
  });

  it.each<[string, Period, RetentionBase]>([
    // Start customers A, B, C, F (MRR in December): 100 + 200 + 50 + 100 = 450. D is new in
    // January and E reactivates in February: both outside the base. C churns in January and
    // its March return is a reactivation, not expansion. F churns in March.
    [
      "Q1 2026",
      quarterPeriod(2026, 1),
      {
        customersAtStart: 4,
        startingMrrMinor: 450,
        expansionMinor: 50, // A
        contractionMinor: 80, // B
        churnMinor: 150, // C 50 + F 100
        churnedCustomers: 2,
        expandedCustomers: 1, // A
        contractedCustomers: 1, // B
      },
    ],
    // Start customers in February: A, B, D, F (C left in January, E was not paying in January).
    [
      "February 2026",
      monthPeriod(2026, 2),
      {
        customersAtStart: 4,
        startingMrrMinor: 620,
        expansionMinor: 50,
        contractionMinor: 0,
        churnMinor: 0,
        churnedCustomers: 0,
        expandedCustomers: 1, // A
        contractedCustomers: 0,
      },
    ],
  ])("%s", (_, period, expected) => {
    expect(baseOf(period)).toEqual(expected);
  });
});

describe("revenue retention over customers active at the start only", () => {
  const q1 = baseOf(quarterPeriod(2026, 1));

  it("GRR = (450 − 80 − 150) ÷ 450 = 220 ÷ 450", () => {
    expect(grossRevenueRetention(q1)).toBeCloseTo(220 / 450, 12);
  });

  it("NRR = (450 + 50 − 80 − 150) ÷ 450 = 0.6, the end MRR of A and B (150 + 120) over 450", () => {
    // Counting D's new 300, E's 70 and C's 80 would give (270 + 450) ÷ 450 = 1.6 instead.
    expect(netRevenueRetention(q1)).toBeCloseTo(0.6, 12);
  });

  it("logo churn = 2 of 4 start customers", () => {
    expect(logoChurnRate(q1)).toBe(0.5);
  });

  it("expansion rate = 50 ÷ 450", () => {
    expect(expansionRate(q1)).toBeCloseTo(1 / 9, 12);
  });

  it.each([
    ["GRR", grossRevenueRetention],
    ["NRR", netRevenueRetention],
    ["logo churn", logoChurnRate],
    ["expansion rate", expansionRate],
  ] as const)("%s is no data when nobody paid at the start", (_, metric) => {
    expect(metric(emptyRetentionBase())).toBeNull();
  });

  it("is no data when the only customers of P are new in P", () => {
    const base = baseOf(monthPeriod(2025, 9)); // E's first month: new, not retained
    expect(base).toMatchObject({ customersAtStart: 0, startingMrrMinor: 0 });
    expect(netRevenueRetention(base)).toBeNull();
  });
});
