import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customPeriod, monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { loadRetentionMetrics } from "@/lib/metrics/queries/retention";
import { at, insertOrganisation, insertRevenueFixture, month, type RevenueSeed } from "../support/metric-fixtures-revenue";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * Six accounts around Q1 2026 (MRR in minor units; missing months are 0):
 *
 * | account | segment | owner (team) | source | Sep 25 | Dec 25 | Jan | Feb | Mar | story |
 * |---|---|---|---|---|---|---|---|---|---|
 * | 1 A | 1 | 1 (1) | WEB | | 100 | 100 | 150 | 150 | expands in Feb (+50) |
 * | 2 B | 1 | 1 (1) | REFERRAL | | 200 | 120 | 120 | 120 | contracts in Jan (−80) |
 * | 3 C | 2 | 2 (2) | WEB | | 50 | | | 80 | churns in Jan (−50), reactivates in Mar (+80) |
 * | 4 D | 2 | 2 (2) | REFERRAL | | | 300 | 300 | 300 | new in Jan |
 * | 5 E | 1 | 3 (–) | WEB | 100 | | | 70 | 70 | paid in Sep 2025, reactivates in Feb (+70) |
 * | 6 F | 2 | 3 (–) | PARTNER | | 100 | 100 | 100 | | churns in Mar (−100) |
 *
 * Source is the source of the account's first won NEW deal.
 */
const MRR: Record<number, Record<string, number>> = {
  1: { "2025-12": 100, "2026-01": 100, "2026-02": 150, "2026-03": 150 },
  2: { "2025-12": 200, "2026-01": 120, "2026-02": 120, "2026-03": 120 },
  3: { "2025-12": 50, "2026-03": 80 },
  4: { "2026-01": 300, "2026-02": 300, "2026-03": 300 },
  5: { "2025-09": 100, "2026-02": 70, "2026-03": 70 },
  6: { "2025-12": 100, "2026-01": 100, "2026-02": 100 },
};

const REVENUE: RevenueSeed[] = Object.entries(MRR).flatMap(([accountId, months]) =>
  Object.entries(months).map(([m, mrrMinor]) => ({ accountId: Number(accountId), month: month(m), mrrMinor })),
);

const q1 = quarterPeriod(2026, 1);
const asOf = at("2026-04-01");

describe("loadRetentionMetrics", () => {
  let database: TestDatabase;
  const load = (options: Partial<Parameters<typeof loadRetentionMetrics>[1]>) =>
    loadRetentionMetrics(database.prisma, { period: q1, asOf, filters: {}, ...options });

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertOrganisation(database.prisma);
    const won = (id: number, accountId: number, closedAt: string, source: "WEB" | "REFERRAL" | "PARTNER" | null) => ({
      id,
      accountId,
      status: "WON" as const,
      amountMinor: 1_200,
      openedAt: at("2025-01-01"),
      closedAt: at(closedAt),
      source,
    });
    await insertRevenueFixture(database.prisma, {
      accounts: [
        { id: 1, segmentId: 1, ownerId: 1 },
        { id: 2, segmentId: 1, ownerId: 1 },
        { id: 3, segmentId: 2, ownerId: 2 },
        { id: 4, segmentId: 2, ownerId: 2 },
        { id: 5, segmentId: 1, ownerId: 3 },
        { id: 6, segmentId: 2, ownerId: 3 },
      ],
      deals: [
        won(1, 1, "2025-11-15", "WEB"),
        // B's first NEW deal was lost: its source is the won one's.
        { id: 2, accountId: 2, status: "LOST", amountMinor: 1_000, openedAt: at("2025-01-01"), closedAt: at("2025-06-01"), source: "WEB" },
        won(3, 2, "2025-11-20", "REFERRAL"),
        won(4, 3, "2025-11-25", "WEB"),
        // C's win-back does not change where C came from.
        won(5, 3, "2026-02-25", "REFERRAL"),
        won(6, 4, "2026-01-10", "REFERRAL"),
        won(7, 5, "2025-08-20", "WEB"),
        won(8, 6, "2025-11-28", "PARTNER"),
      ],
      revenue: REVENUE,
      moves: [
        // A: purchase → value in 20 days (480 h); B: 40 days (960 h).
        { accountId: 1, toStage: "PURCHASE", occurredAt: at("2026-01-05") },
        { accountId: 1, toStage: "ONBOARDING", occurredAt: at("2026-01-10") },
        { accountId: 1, toStage: "IMPACT", occurredAt: at("2026-01-25") },
        { accountId: 2, toStage: "PURCHASE", occurredAt: at("2026-01-10") },
        { accountId: 2, toStage: "ONBOARDING", occurredAt: at("2026-01-12") },
        { accountId: 2, toStage: "IMPACT", occurredAt: at("2026-02-19") },
        // C churns in onboarding after 20 days (censored at 480 h), is won back and reaches value in 10 days (240 h).
        { accountId: 3, toStage: "PURCHASE", occurredAt: at("2026-02-01") },
        { accountId: 3, toStage: "ONBOARDING", occurredAt: at("2026-02-03") },
        { accountId: 3, toStage: "CHURNED", occurredAt: at("2026-02-21") },
        { accountId: 3, toStage: "PURCHASE", occurredAt: at("2026-03-11") },
        { accountId: 3, toStage: "ONBOARDING", occurredAt: at("2026-03-12") },
        { accountId: 3, toStage: "IMPACT", occurredAt: at("2026-03-21") },
        // D is still onboarding at as-of: censored at 30 days (720 h).
        { accountId: 4, toStage: "PURCHASE", occurredAt: at("2026-03-02") },
        { accountId: 4, toStage: "ONBOARDING", occurredAt: at("2026-03-05") },
        // E skips onboarding: value after 30 days (720 h).
        { accountId: 5, toStage: "PURCHASE", occurredAt: at("2026-02-10") },
        { accountId: 5, toStage: "IMPACT", occurredAt: at("2026-03-12") },
        // F bought before Q1: not in Q1's time to value.
        { accountId: 6, toStage: "PURCHASE", occurredAt: at("2025-12-01") },
        { accountId: 6, toStage: "IMPACT", occurredAt: at("2026-01-01") },
      ],
    });
  });
  afterAll(() => database.drop());

  describe("the MRR bridge", () => {
    it("classifies Q1's movements, telling reactivations from new business", async () => {
      const { movements, endingMrrMinor } = await load({});
      expect(movements).toEqual([
        {
          month: "2026-01-01T00:00:00.000Z",
          startingMrrMinor: 450, // A 100 + B 200 + C 50 + F 100
          newMinor: 300, // D
          expansionMinor: 0,
          reactivationMinor: 0,
          contractionMinor: 80, // B
          churnMinor: 50, // C
          netNewMinor: 170,
          endingMrrMinor: 620,
          customers: { starting: 4, new: 1, reactivated: 0, expanded: 0, contracted: 1, churned: 1, ending: 4 },
        },
        {
          month: "2026-02-01T00:00:00.000Z",
          startingMrrMinor: 620,
          newMinor: 0,
          expansionMinor: 50, // A
          reactivationMinor: 70, // E paid in September, so this is not new
          contractionMinor: 0,
          churnMinor: 0,
          netNewMinor: 120,
          endingMrrMinor: 740,
          customers: { starting: 4, new: 0, reactivated: 1, expanded: 1, contracted: 0, churned: 0, ending: 5 },
        },
        {
          month: "2026-03-01T00:00:00.000Z",
          startingMrrMinor: 740,
          newMinor: 0,
          expansionMinor: 0,
          reactivationMinor: 80, // C is back
          contractionMinor: 0,
          churnMinor: 100, // F
          netNewMinor: -20,
          endingMrrMinor: 720,
          customers: { starting: 5, new: 0, reactivated: 1, expanded: 0, contracted: 0, churned: 1, ending: 5 },
        },
      ]);
      expect(endingMrrMinor).toBe(720);
    });

    it("bridges Q1 in one, each mover counted once: C both churns and comes back", async () => {
      const { periodBridge, waterfall } = await load({});
      expect(periodBridge).toEqual({
        startingMrrMinor: 450,
        newMinor: 300,
        expansionMinor: 50,
        reactivationMinor: 150, // E 70 + C 80
        contractionMinor: 80,
        churnMinor: 150, // C 50 + F 100
        netNewMinor: 270,
        endingMrrMinor: 720,
        customers: { starting: 4, new: 1, reactivated: 2, expanded: 1, contracted: 1, churned: 2, ending: 5 },
      });
      expect(waterfall.map((step) => [step.kind, step.accounts, step.toMinor])).toEqual([
        ["STARTING", 4, 450],
        ["NEW", 1, 750],
        ["EXPANSION", 1, 800],
        ["REACTIVATION", 2, 950],
        ["CONTRACTION", 1, 870],
        ["CHURN", 2, 720],
        ["ENDING", 5, 720],
      ]);
    });

    it("counts an account's first revenue as new: E in September 2025", async () => {
      const { movements } = await load({ period: monthPeriod(2025, 9) });
      expect(movements).toMatchObject([{ startingMrrMinor: 0, newMinor: 100, reactivationMinor: 0, endingMrrMinor: 100 }]);
    });

    it("leaves out months not begun by as-of", async () => {
      const metrics = await load({ asOf: at("2026-02-15") });
      expect(metrics.observed).toEqual({ start: "2026-01-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" });
      expect(metrics.movements.map((m) => m.month)).toEqual(["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"]);
      expect(metrics.endingMrrMinor).toBe(740);
    });
  });

  describe("retention over customers active at the start only", () => {
    it("gives Q1's GRR, NRR, logo churn and expansion rate without D's new, E's and C's returning revenue", async () => {
      const { retention } = await load({});
      // Base: A, B, C, F paid in December (450). C's March return is a reactivation, not expansion.
      expect(retention.base).toEqual({
        customersAtStart: 4,
        startingMrrMinor: 450,
        expansionMinor: 50, // A
        contractionMinor: 80, // B
        churnMinor: 150, // C 50 + F 100
        churnedCustomers: 2,
        expandedCustomers: 1, // A
        contractedCustomers: 1, // B
      });
      expect(retention.grossRevenueRetention).toBeCloseTo(220 / 450, 12); // (450 − 80 − 150) ÷ 450
      expect(retention.netRevenueRetention).toBeCloseTo(0.6, 12); // (450 + 50 − 80 − 150) ÷ 450
      expect(retention.logoChurn).toBe(0.5); // 2 of 4
      expect(retention.expansionRate).toBeCloseTo(50 / 450, 12);
    });

    it("gives each month's rates over that month's starting customers", async () => {
      const { retentionByMonth } = await load({});
      expect(retentionByMonth.map((m) => m.month)).toEqual([
        "2026-01-01T00:00:00.000Z",
        "2026-02-01T00:00:00.000Z",
        "2026-03-01T00:00:00.000Z",
      ]);
      const [january, february, march] = retentionByMonth;
      expect(january!.grossRevenueRetention).toBeCloseTo(320 / 450, 12); // (450 − 80 − 50) ÷ 450
      expect(january!.logoChurn).toBe(0.25);
      expect(february!.grossRevenueRetention).toBe(1);
      expect(february!.netRevenueRetention).toBeCloseTo(670 / 620, 12); // E's 70 is not in it
      expect(march!.grossRevenueRetention).toBeCloseTo(640 / 740, 12); // F's 100 lost
      expect(march!.logoChurn).toBe(0.2); // 1 of A, B, D, E, F
    });

    it("is no data, not 0 or NaN, when nobody paid at the start: September 2025", async () => {
      const { retention, retentionByMonth } = await load({ period: monthPeriod(2025, 9) });
      expect(retention).toMatchObject({ grossRevenueRetention: null, netRevenueRetention: null, logoChurn: null, expansionRate: null });
      expect(retentionByMonth[0]).toMatchObject({ grossRevenueRetention: null, netRevenueRetention: null });
    });

    it("is no data when P has not begun by as-of", async () => {
      const metrics = await load({ asOf: at("2025-12-15") });
      expect(metrics.observed).toBeNull();
      expect(metrics.movements).toEqual([]);
      expect(metrics.periodBridge).toBeNull();
      expect(metrics.waterfall).toEqual([]);
      expect(metrics.endingMrrMinor).toBeNull();
      expect(metrics.retention.grossRevenueRetention).toBeNull();
    });
  });

  describe("filters", () => {
    it.each([
      // Segment 1 is A, B, E: base A 100 + B 200; A +50, B −80; E's return is outside the base.
      ["segment 1", { segmentIds: [1] }, [220, 340, 340], { customersAtStart: 2, startingMrrMinor: 300, expansionMinor: 50, contractionMinor: 80, churnMinor: 0, churnedCustomers: 0, expandedCustomers: 1, contractedCustomers: 1 }],
      // Team 2 is user 2, the owner of C and D: base C 50, which churns; D new 300; C back 80.
      ["team 2", { teamIds: [2] }, [300, 300, 380], { customersAtStart: 1, startingMrrMinor: 50, expansionMinor: 0, contractionMinor: 0, churnMinor: 50, churnedCustomers: 1, expandedCustomers: 0, contractedCustomers: 0 }],
      // Owner 3 owns E and F: base F 100, which churns in March; E back in February.
      ["owner 3", { ownerIds: [3] }, [100, 170, 70], { customersAtStart: 1, startingMrrMinor: 100, expansionMinor: 0, contractionMinor: 0, churnMinor: 100, churnedCustomers: 1, expandedCustomers: 0, contractedCustomers: 0 }],
      // Acquired on the web: A, C, E (C's win-back came by referral, but C came from the web).
      ["source WEB", { sources: ["WEB" as const] }, [100, 220, 300], { customersAtStart: 2, startingMrrMinor: 150, expansionMinor: 50, contractionMinor: 0, churnMinor: 50, churnedCustomers: 1, expandedCustomers: 1, contractedCustomers: 0 }],
    ])("%s", async (_, filters, ending, base) => {
      const metrics = await load({ filters });
      expect(metrics.movements.map((m) => m.endingMrrMinor)).toEqual(ending);
      expect(metrics.retention.base).toEqual(base);
    });

    it("segment 1's NRR is (300 + 50 − 80) ÷ 300 = 0.9", async () => {
      const { retention } = await load({ filters: { segmentIds: [1] } });
      expect(retention.netRevenueRetention).toBeCloseTo(0.9, 12);
      expect(retention.logoChurn).toBe(0);
    });
  });

  describe("cohorts", () => {
    it("follows the September to December 2025 cohorts to March 2026", async () => {
      const { cohorts } = await load({ period: customPeriod(at("2025-09-01"), at("2026-01-01")) });
      expect(cohorts.map((c) => [c.cohortMonth, c.customers, c.startingMrrMinor])).toEqual([
        ["2025-09-01T00:00:00.000Z", 1, 100], // E
        ["2025-10-01T00:00:00.000Z", 0, 0],
        ["2025-11-01T00:00:00.000Z", 0, 0],
        ["2025-12-01T00:00:00.000Z", 4, 450], // A, B, C, F
      ]);
      // E: paying in month 0, not in months 1–4, back at 70 in months 5 and 6.
      expect(cohorts[0]!.cells.map((c) => [c.customers, c.mrrMinor, c.logoRetention, c.revenueRetention])).toEqual([
        [1, 100, 1, 1],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [1, 70, 1, 0.7],
        [1, 70, 1, 0.7],
      ]);
      // December: Jan A 100 + B 120 + F 100; Feb A 150 + B 120 + F 100; Mar A 150 + B 120 + C 80.
      expect(cohorts[3]!.cells.map((c) => [c.customers, c.mrrMinor, c.logoRetention, c.revenueRetention])).toEqual([
        [4, 450, 1, 1],
        [3, 320, 0.75, 320 / 450],
        [3, 370, 0.75, 370 / 450],
        [3, 350, 0.75, 350 / 450],
      ]);
      expect(cohorts[1]!.cells[0]).toMatchObject({ logoRetention: null, revenueRetention: null });
    });
  });

  describe("time to value", () => {
    it("keeps onboarding accounts and churned ones as censored, not dropped", async () => {
      // Exits 240 h (C's second purchase), 480 h (A), 720 h (E), 960 h (B); censored 480 h (C's
      // churn) and 720 h (D at as-of). Kaplan–Meier: 5/6 after 240, × 4/5 = 2/3 after 480,
      // × 2/3 = 4/9 ≤ 1/2 after 720 (median), × 0 after 960 (p75).
      expect((await load({})).timeToValue).toEqual({
        medianHours: 720,
        p75Hours: 960,
        exits: 4,
        censored: 2,
        medianDays: 30,
        p75Days: 40,
        // Six stays of five accounts: C onboards twice, once without value and once with it.
        accounts: 5,
        reachedAccounts: 4, // A, B, C, E
        notReachedAccounts: 2, // C's first stay, D
        histogram: [
          { days: 10, exits: 1, censored: 0, accounts: 1, reachedAccounts: 1, notReachedAccounts: 0 }, // C again
          { days: 20, exits: 1, censored: 1, accounts: 2, reachedAccounts: 1, notReachedAccounts: 1 }, // A; C's churn
          { days: 30, exits: 1, censored: 1, accounts: 2, reachedAccounts: 1, notReachedAccounts: 1 }, // E; D
          { days: 40, exits: 1, censored: 0, accounts: 1, reachedAccounts: 1, notReachedAccounts: 0 }, // B
        ],
      });
    });

    it("narrows to segment 1 (A, B, E): 480, 720, 960 hours, median 720", async () => {
      expect((await load({ filters: { segmentIds: [1] } })).timeToValue).toMatchObject({
        medianHours: 720,
        p75Hours: 960,
        exits: 3,
        censored: 0,
      });
    });
  });

  describe("revenue from new and existing customers", () => {
    it("splits Q1 by whether the account first paid in Q1 (only D did)", async () => {
      const { revenueByCustomerAge } = await load({});
      expect(revenueByCustomerAge.map((m) => [m.month.slice(0, 7), m.newMrrMinor, m.existingMrrMinor, m.newCustomers, m.existingCustomers])).toEqual([
        ["2026-01", 300, 320, 1, 3], // existing A 100 + B 120 + F 100
        ["2026-02", 300, 440, 1, 4], // A 150 + B 120 + E 70 + F 100
        ["2026-03", 300, 420, 1, 4], // A 150 + B 120 + C 80 + E 70
      ]);
      expect(revenueByCustomerAge[0]!.newShare).toBeCloseTo(300 / 620, 12);
    });
  });

  it("returns plain JSON", async () => {
    const metrics = await load({});
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });
});
