import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthPeriod, quarterPeriod, yearPeriod } from "@/lib/metrics/period";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import { at, insertOrganisation, insertRevenueFixture, month, type DealSeed } from "../support/metric-fixtures-revenue";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Accounts 1, 2, 5, 6 are in segment 1; 3 and 4 in segment 2. Users 1 (team 1), 2 (team 2), 3.
// Q1 2026 is [2026-01-01, 2026-04-01).
const DEALS: DealSeed[] = [
  // Won in Q1: 91 days (30 Nov + 31 Dec + 30 Jan), 40 days, 10.5 days → 10 whole days.
  { id: 1, accountId: 1, status: "WON", amountMinor: 10_000, openedAt: at("2025-11-01"), closedAt: at("2026-01-31"), source: "WEB", ownerId: 1 },
  { id: 2, accountId: 2, status: "WON", amountMinor: 20_000, openedAt: at("2026-01-10"), closedAt: at("2026-02-19"), source: "REFERRAL", ownerId: 2 },
  { id: 4, accountId: 4, status: "WON", amountMinor: 3_000, openedAt: at("2026-02-01"), closedAt: at("2026-02-11T12:00:00Z"), source: "WEB", ownerId: 1 },
  // Lost in Q1, one exactly at its first instant.
  { id: 3, accountId: 3, status: "LOST", amountMinor: 5_000, openedAt: at("2025-12-01"), closedAt: at("2026-03-01"), source: "WEB", ownerId: 1 },
  { id: 11, accountId: 3, status: "LOST", amountMinor: 4_000, openedAt: at("2025-12-01"), closedAt: at("2026-01-01") },
  // Closed outside Q1: lost in December, and won exactly at Q1's end (so still open when Q1 ended).
  { id: 5, accountId: 5, status: "LOST", amountMinor: 9_000, openedAt: at("2025-10-01"), closedAt: at("2025-12-20"), ownerId: 3 },
  { id: 10, accountId: 2, status: "WON", amountMinor: 6_000, openedAt: at("2026-03-01"), closedAt: at("2026-04-01"), source: "REFERRAL", ownerId: 2 },
  // Open: two due in Q1, one due in May.
  { id: 6, accountId: 6, status: "OPEN", amountMinor: 40_000, openedAt: at("2026-02-01"), closeDate: at("2026-03-15"), pipelineStage: "PROPOSAL", source: "WEB", ownerId: 1 },
  { id: 8, accountId: 5, status: "OPEN", amountMinor: 12_000, openedAt: at("2026-03-01"), closeDate: at("2026-03-31"), pipelineStage: "NEGOTIATION", source: "REFERRAL", ownerId: 3 },
  { id: 7, accountId: 4, status: "OPEN", amountMinor: 8_000, openedAt: at("2026-03-01"), closeDate: at("2026-05-10"), pipelineStage: "QUALIFICATION", ownerId: 2 },
  // An expansion: only counted when the deal type asks for it. 17 days.
  { id: 9, accountId: 1, type: "EXPANSION", status: "WON", amountMinor: 7_000, openedAt: at("2026-01-15"), closedAt: at("2026-02-01"), ownerId: 1 },
];

const q1 = quarterPeriod(2026, 1);

describe("loadSalesMetrics", () => {
  let database: TestDatabase;
  const load = (options: Omit<Parameters<typeof loadSalesMetrics>[1], "period"> & { period?: typeof q1 }) =>
    loadSalesMetrics(database.prisma, { period: q1, ...options });

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertOrganisation(database.prisma);
    await insertRevenueFixture(database.prisma, {
      accounts: [
        { id: 1, segmentId: 1 },
        { id: 2, segmentId: 1 },
        { id: 3, segmentId: 2 },
        { id: 4, segmentId: 2 },
        { id: 5, segmentId: 1 },
        { id: 6, segmentId: 1 },
      ],
      deals: DEALS,
      targets: [
        ...["2026-01", "2026-02", "2026-03"].map((m) => ({ month: month(m), segmentId: 1, dealType: "NEW" as const, amountMinor: 20_000 })),
        ...["2026-01", "2026-02", "2026-03", "2026-04"].map((m) => ({ month: month(m), segmentId: 2, dealType: "NEW" as const, amountMinor: 5_000 })),
        { month: month("2026-01"), segmentId: 1, dealType: "EXPANSION", amountMinor: 1_000 },
      ],
    });
  });
  afterAll(() => database.drop());

  it("computes every figure of NEW deals in Q1 by hand", async () => {
    expect(await load({ filters: {} })).toEqual({
      period: { start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" },
      dealType: "NEW",
      // Won 1, 2, 4; lost 3 and 11 (closed at Q1's first instant); 5 and 10 closed outside Q1.
      closed: { won: 3, lost: 2 },
      winRate: 0.6,
      won: { deals: 3, amountMinor: 33_000 },
      averageDealSizeMinor: 11_000, // 33,000 ÷ 3
      salesCycle: { medianDays: 40, meanDays: 47, deals: 3 }, // 10, 40, 91: mean 141 ÷ 3
      // Open when Q1 ended: 6, 7, 8 and 10 (closed at 2026-04-01, not before it).
      openOpportunities: 4,
      // 4 × 0.6 × 11,000 ÷ 47 = 561.70… a day; × 30.4375 = 17,096.8… a month.
      velocity: { perDayMinor: 562, perMonthMinor: 17_097 },
      // Due in Q1: 6 (proposal, 50 %) and 8 (negotiation, 75 %); 7 is due in May.
      pipeline: {
        amountMinor: 52_000,
        weightedMinor: 29_000, // 40,000 × 0.5 + 12,000 × 0.75
        byStage: [
          { pipelineStage: "QUALIFICATION", deals: 0, amountMinor: 0, weightedMinor: 0 },
          { pipelineStage: "NEEDS_ANALYSIS", deals: 0, amountMinor: 0, weightedMinor: 0 },
          { pipelineStage: "PROPOSAL", deals: 1, amountMinor: 40_000, weightedMinor: 20_000 },
          { pipelineStage: "NEGOTIATION", deals: 1, amountMinor: 12_000, weightedMinor: 9_000 },
        ],
      },
      // Target 3 × 20,000 + 3 × 5,000 (April is outside Q1) = 75,000; 52,000 ÷ (75,000 − 33,000).
      coverage: { openPipelineMinor: 52_000, targetMinor: 75_000, wonMinor: 33_000, coverage: 52_000 / 42_000 },
    });
  });

  it("narrows to segment 1 through the deal's account, targets included", async () => {
    const metrics = await load({ filters: { segmentIds: [1] } });
    expect(metrics).toMatchObject({
      closed: { won: 2, lost: 0 }, // 1 and 2; the lost deals are segment 2's
      winRate: 1,
      won: { deals: 2, amountMinor: 30_000 },
      averageDealSizeMinor: 15_000,
      salesCycle: { medianDays: 65.5, meanDays: 65.5, deals: 2 }, // (40 + 91) ÷ 2
      openOpportunities: 3, // 6, 8, 10; 7 is segment 2's
      velocity: { perDayMinor: 687, perMonthMinor: 20_911 }, // 3 × 1 × 15,000 ÷ 65.5 = 687.02…
      // Target 60,000 − won 30,000 = 30,000 to go, covered 52,000 ÷ 30,000.
      coverage: { openPipelineMinor: 52_000, targetMinor: 60_000, wonMinor: 30_000, coverage: 52_000 / 30_000 },
    });
  });

  it("narrows by the deal's source, with no comparable target", async () => {
    const metrics = await load({ filters: { sources: ["WEB"] } });
    expect(metrics).toMatchObject({
      closed: { won: 2, lost: 1 }, // won 1 and 4, lost 3; deal 11 has no source
      won: { deals: 2, amountMinor: 13_000 },
      salesCycle: { medianDays: 50.5, meanDays: 50.5, deals: 2 },
      openOpportunities: 1, // 6
      pipeline: { amountMinor: 40_000, weightedMinor: 20_000 },
      coverage: { openPipelineMinor: 40_000, targetMinor: null, wonMinor: 13_000, coverage: null },
    });
    expect(metrics.winRate).toBeCloseTo(2 / 3, 12);
  });

  it.each([
    // User 1 owns 1, 3, 4 and 6: won 1 and 4, lost 3.
    ["owner 1", { ownerIds: [1] }, { won: 2, lost: 1 }, 13_000, 1],
    // Team 2 is user 2: won 2; open when Q1 ended 7 and 10.
    ["team 2", { teamIds: [2] }, { won: 1, lost: 0 }, 20_000, 2],
  ])("narrows by the deal's %s and its team", async (_, filters, closed, wonAmount, open) => {
    const metrics = await load({ filters });
    expect(metrics.closed).toEqual(closed);
    expect(metrics.won.amountMinor).toBe(wonAmount);
    expect(metrics.openOpportunities).toBe(open);
    expect(metrics.coverage.targetMinor).toBeNull();
  });

  it("counts expansion deals when asked, and has no coverage once the target is exceeded", async () => {
    const metrics = await load({ filters: {}, dealType: "EXPANSION" });
    expect(metrics).toMatchObject({
      dealType: "EXPANSION",
      closed: { won: 1, lost: 0 },
      won: { deals: 1, amountMinor: 7_000 },
      salesCycle: { medianDays: 17, meanDays: 17, deals: 1 },
      openOpportunities: 0,
      velocity: { perDayMinor: 0, perMonthMinor: 0 },
      // 7,000 won against a 1,000 target: nothing left to cover.
      coverage: { openPipelineMinor: 0, targetMinor: 1_000, wonMinor: 7_000, coverage: null },
    });
  });

  it("has no coverage in February for segment 1: the 20,000 target is exactly met by deal 2", async () => {
    const metrics = await load({ period: monthPeriod(2026, 2), filters: { segmentIds: [1] } });
    expect(metrics.coverage).toEqual({ openPipelineMinor: 0, targetMinor: 20_000, wonMinor: 20_000, coverage: null });
  });

  it("gives no data, not zeros, for a year without deals or targets", async () => {
    const metrics = await load({ period: yearPeriod(2020), filters: {} });
    expect(metrics).toMatchObject({
      closed: { won: 0, lost: 0 },
      winRate: null,
      averageDealSizeMinor: null,
      salesCycle: { medianDays: null, meanDays: null, deals: 0 },
      openOpportunities: 0,
      velocity: null,
      coverage: { targetMinor: null, coverage: null },
    });
  });

  it("returns plain JSON", async () => {
    const metrics = await load({ filters: {} });
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });
});
