import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quarterPeriod, yearPeriod } from "@/lib/metrics/period";
import { loadSegmentEconomics } from "@/lib/metrics/queries/economics";
import {
  at,
  insertOrganisation,
  insertRevenueFixture,
  month,
  type DealSeed,
  type RevenueSeed,
} from "../support/metric-fixtures-revenue";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * Q1 2026. Segment 1: accounts 11–15, segment 2: 21–23. MRR (missing months are 0):
 *
 * | account | Dec 25 | Jan | Feb | Mar | first won NEW deal | story |
 * |---|---|---|---|---|---|---|
 * | 11 | | 100 | 100 | 100 | 2026-01-20 WEB | new in Q1 |
 * | 12 | | | 200 | 200 | 2026-02-10 REFERRAL | new in Q1 |
 * | 13 | 300 | 300 | | 300 | 2025-06-01 PARTNER | churns in Feb, won back in Mar: not new |
 * | 14 | | | | 50 | 2026-03-15 WEB | first NEW deal lost in Jan, second won: new |
 * | 15 | 400 | 400 | 400 | 400 | 2024-05-01 TRADE_FAIR | long-standing |
 * | 21 | | | 80 | 80 | 2026-02-01 WEB | new in Q1 |
 * | 22 | | | | | 2026-04-02 WEB | won after Q1 |
 * | 23 | 60 | 60 | 60 | 60 | 2025-03-01 PARTNER | long-standing |
 */
const MRR: Record<number, Record<string, number>> = {
  11: { "2026-01": 100, "2026-02": 100, "2026-03": 100 },
  12: { "2026-02": 200, "2026-03": 200 },
  13: { "2025-12": 300, "2026-01": 300, "2026-03": 300 },
  14: { "2026-03": 50 },
  15: { "2025-12": 400, "2026-01": 400, "2026-02": 400, "2026-03": 400 },
  21: { "2026-02": 80, "2026-03": 80 },
  23: { "2025-12": 60, "2026-01": 60, "2026-02": 60, "2026-03": 60 },
};
const REVENUE: RevenueSeed[] = Object.entries(MRR).flatMap(([accountId, months]) =>
  Object.entries(months).map(([m, mrrMinor]) => ({ accountId: Number(accountId), month: month(m), mrrMinor })),
);

// Won NEW deals in Q1: 11 (30 days), 12 (40), 13's win-back (20), 14 (30: 15 days of February + 15 of March), 21 (30).
const DEALS: DealSeed[] = [
  { id: 1, accountId: 11, status: "WON", amountMinor: 1_200, openedAt: at("2025-12-21"), closedAt: at("2026-01-20"), source: "WEB", ownerId: 1 },
  { id: 2, accountId: 12, status: "WON", amountMinor: 2_400, openedAt: at("2026-01-01"), closedAt: at("2026-02-10"), source: "REFERRAL", ownerId: 1 },
  { id: 3, accountId: 13, status: "WON", amountMinor: 3_000, openedAt: at("2025-05-01"), closedAt: at("2025-06-01"), source: "PARTNER", ownerId: 2 },
  { id: 4, accountId: 13, status: "WON", amountMinor: 3_600, openedAt: at("2026-02-09"), closedAt: at("2026-03-01"), ownerId: 2 },
  { id: 5, accountId: 14, status: "LOST", amountMinor: 700, openedAt: at("2025-12-01"), closedAt: at("2026-01-05"), source: "REFERRAL", ownerId: 1 },
  { id: 6, accountId: 14, status: "WON", amountMinor: 600, openedAt: at("2026-02-13"), closedAt: at("2026-03-15"), source: "WEB", ownerId: 1 },
  { id: 7, accountId: 15, status: "WON", amountMinor: 4_800, openedAt: at("2024-04-01"), closedAt: at("2024-05-01"), source: "TRADE_FAIR", ownerId: 2 },
  { id: 8, accountId: 21, status: "WON", amountMinor: 960, openedAt: at("2026-01-02"), closedAt: at("2026-02-01"), source: "WEB", ownerId: 2 },
  { id: 9, accountId: 22, status: "WON", amountMinor: 900, openedAt: at("2026-03-01"), closedAt: at("2026-04-02"), source: "WEB", ownerId: 2 },
  { id: 10, accountId: 23, status: "WON", amountMinor: 720, openedAt: at("2025-02-01"), closedAt: at("2025-03-01"), source: "PARTNER", ownerId: 2 },
  // An expansion is neither a new customer nor a NEW deal.
  { id: 11, accountId: 15, type: "EXPANSION", status: "WON", amountMinor: 5_000, openedAt: at("2026-01-01"), closedAt: at("2026-02-01"), ownerId: 2 },
];

const q1 = quarterPeriod(2026, 1);

describe("loadSegmentEconomics", () => {
  let database: TestDatabase;
  const load = (options: Partial<Parameters<typeof loadSegmentEconomics>[1]>) =>
    loadSegmentEconomics(database.prisma, { period: q1, filters: {}, ...options });

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertOrganisation(database.prisma);
    await insertRevenueFixture(database.prisma, {
      accounts: [11, 12, 13, 14, 15, 21, 22, 23].map((id) => ({ id, segmentId: id < 20 ? 1 : 2, ownerId: id === 15 ? 2 : 1 })),
      deals: DEALS,
      revenue: REVENUE,
      spend: [
        { month: month("2026-01"), segmentId: 1, category: "SALES", amountMinor: 3_000 },
        { month: month("2026-01"), segmentId: 1, category: "MARKETING", source: "WEB", amountMinor: 1_000 },
        { month: month("2026-02"), segmentId: 1, category: "SALES", amountMinor: 3_000 },
        { month: month("2026-03"), segmentId: 1, category: "MARKETING", source: "REFERRAL", amountMinor: 2_000 },
        { month: month("2026-04"), segmentId: 1, category: "SALES", amountMinor: 9_999 },
        { month: month("2026-01"), segmentId: 2, category: "MARKETING", source: "WEB", amountMinor: 600 },
        { month: month("2025-12"), segmentId: 2, category: "SALES", amountMinor: 5_000 },
      ],
    });
  });
  afterAll(() => database.drop());

  it("computes segment 1's unit economics by hand", async () => {
    const [enterprise] = (await load({})).segments;
    expect(enterprise).toEqual({
      segmentId: 1,
      segmentKey: "enterprise",
      salesSpendMinor: 6_000, // January and February; April is outside Q1
      marketingSpendMinor: 3_000,
      newCustomers: 3, // 11, 12, 14; 13 was a customer before
      cacMinor: 3_000, // 9,000 ÷ 3
      // Paying the month before: Jan 13, 15; Feb 11, 13, 15; Mar 11, 12, 15 → 8 customer-months, 1 churn (13).
      churnedCustomers: 1,
      customerMonths: 8,
      monthlyLogoChurn: 0.125,
      // March: 100 + 200 + 300 + 50 + 400 = 1,050 over 5 accounts.
      mrrMinor: 1_050,
      payingCustomers: 5,
      arpaMinor: 210,
      ltvMinor: 1_344, // 210 × 0.8 ÷ 0.125
      ltvToCac: 0.448, // 1,344 ÷ 3,000
      paybackMonths: 3_000 / 168, // 3,000 ÷ (210 × 0.8) = 17.86
      averageDealSizeMinor: 1_950, // (1,200 + 2,400 + 3,600 + 600) ÷ 4
      salesCycle: { medianDays: 30, meanDays: 30, deals: 4 }, // 20, 30, 30, 40
    });
  });

  it("has no LTV when a segment lost nobody: segment 2", async () => {
    const [, volume] = (await load({})).segments;
    expect(volume).toEqual({
      segmentId: 2,
      segmentKey: "volume",
      salesSpendMinor: 0, // December's spend is outside Q1
      marketingSpendMinor: 600,
      newCustomers: 1, // 21; 22 was won after Q1
      cacMinor: 600,
      churnedCustomers: 0,
      customerMonths: 4, // Jan 23; Feb 23; Mar 21, 23
      monthlyLogoChurn: 0,
      mrrMinor: 140,
      payingCustomers: 2,
      arpaMinor: 70,
      ltvMinor: null,
      ltvToCac: null,
      paybackMonths: 600 / 56, // 600 ÷ (70 × 0.8)
      averageDealSizeMinor: 960,
      salesCycle: { medianDays: 30, meanDays: 30, deals: 1 },
    });
  });

  it("narrows spend and customers to the source the customer came from", async () => {
    const [enterprise, volume] = (await load({ filters: { sources: ["WEB"] } })).segments;
    expect(enterprise).toMatchObject({
      salesSpendMinor: 0, // salaries have no source
      marketingSpendMinor: 1_000,
      newCustomers: 2, // 11 and 14
      cacMinor: 500,
      // Only 11 and 14: paying the month before Feb and Mar is 11 → 2 customer-months, no churn.
      customerMonths: 2,
      churnedCustomers: 0,
      ltvMinor: null,
      arpaMinor: 75, // (100 + 50) ÷ 2
      averageDealSizeMinor: 900, // deals 1 and 6 by their own source
    });
    expect(enterprise!.paybackMonths).toBeCloseTo(500 / 60, 12);
    expect(volume).toMatchObject({ marketingSpendMinor: 600, newCustomers: 1, cacMinor: 600 });
  });

  it("keeps only the filtered segments", async () => {
    const metrics = await load({ filters: { segmentIds: [2] } });
    expect(metrics.segments.map((s) => s.segmentId)).toEqual([2]);
  });

  it("cannot split spend by owner: CAC and what depends on it are no data", async () => {
    const metrics = await load({ filters: { ownerIds: [1] } });
    expect(metrics.spendAttributable).toBe(false);
    const [enterprise] = metrics.segments;
    expect(enterprise).toMatchObject({
      salesSpendMinor: null,
      marketingSpendMinor: null,
      cacMinor: null,
      ltvToCac: null,
      paybackMonths: null,
      newCustomers: 3, // 11, 12, 14 are owned by user 1
      // Without 15 (user 2's): Jan 13; Feb 11, 13; Mar 11, 12 → 5 customer-months, 1 churn.
      customerMonths: 5,
      churnedCustomers: 1,
      monthlyLogoChurn: 0.2,
      arpaMinor: 163, // (100 + 200 + 300 + 50) ÷ 4 = 162.5, half up
    });
  });

  it("limits revenue to months begun by as-of", async () => {
    const [enterprise] = (await load({ asOf: at("2026-02-10") })).segments;
    // January and February only: customer-months 2 + 3, and February's 700 over 3 paying accounts.
    expect(enterprise).toMatchObject({ customerMonths: 5, churnedCustomers: 1, mrrMinor: 700, payingCustomers: 3 });
  });

  it("gives no data, not zeros, for a year without activity", async () => {
    const metrics = await load({ period: yearPeriod(2020) });
    for (const segment of metrics.segments) {
      expect(segment).toMatchObject({
        newCustomers: 0,
        cacMinor: null,
        arpaMinor: null,
        monthlyLogoChurn: null,
        ltvMinor: null,
        ltvToCac: null,
        paybackMonths: null,
        averageDealSizeMinor: null,
        salesCycle: { medianDays: null, meanDays: null, deals: 0 },
      });
    }
  });

  it("returns plain JSON", async () => {
    const metrics = await load({});
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });
});
