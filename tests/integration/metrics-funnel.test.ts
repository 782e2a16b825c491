import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthPeriod } from "@/lib/metrics/period";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { insertFixture, marchAccounts, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The March scenario of marchAccounts(); the per-query figures are worked out in
// metrics-stage.test.ts, here they come together through the pure functions.
const MARCH = monthPeriod(2026, 3);
const AS_OF = utc("2026-04-10T00:00");

const noTime = { medianHours: null, p75Hours: null, exits: 0, censored: 0 };
const emptyStage = (stage: string) => ({
  stage,
  volume: 0,
  periodConversion: { strict: null, anyPath: null },
  cohort: { entered: 0, reachedNext: 0, reachedLater: 0, strict: null, anyPath: null },
  timeInStage: noTime,
});

describe("loadFunnelMetrics", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, marchAccounts());
  });
  afterAll(() => database.drop());

  it("every stage metric of March for accounts, as of 10 April, 7-day window", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, { period: MARCH, asOf: AS_OF, kind: "ACCOUNT", windowDays: 7 });
    expect(funnel.kind).toBe("ACCOUNT");
    expect(funnel.period).toEqual({ start: "2026-03-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" });
    expect(funnel.asOf).toBe("2026-04-10T00:00:00.000Z");
    // Every member had its 7 days by 8 April.
    expect(funnel.windowClosed).toBe(true);
    // Awareness's stays by bin: exits after 1 h and 6 h (< 1 day), 24 h (1–3 days); one open for 600 h (2 weeks – 30 days).
    expect(funnel.stages[0]!.stays.filter((bin) => bin.exits + bin.censored > 0)).toEqual([
      { fromHours: 0, toHours: 24, exits: 2, censored: 0 },
      { fromHours: 24, toHours: 72, exits: 1, censored: 0 },
      { fromHours: 336, toHours: 720, exits: 0, censored: 1 },
    ]);
    expect(funnel.stages.map(({ stays: _stays, ...stage }) => stage)).toEqual([
      {
        stage: "AWARENESS",
        volume: 4,
        // strict: A1, A3 to consideration (2 ÷ 4); any path adds A2's skip (3 ÷ 4)
        periodConversion: { strict: 0.5, anyPath: 0.75 },
        cohort: { entered: 4, reachedNext: 2, reachedLater: 3, strict: 0.5, anyPath: 0.75 },
        // Kaplan–Meier over 1, 6, 24 (exits) and 600 (censored): S(1) = 3/4, S(6) = 1/2, S(24) = 1/4
        timeInStage: { medianHours: 6, p75Hours: 24, exits: 3, censored: 1 },
      },
      {
        stage: "CONSIDERATION",
        volume: 3,
        periodConversion: { strict: 1 / 3, anyPath: 1 / 3 }, // A1 only
        cohort: { entered: 3, reachedNext: 1, reachedLater: 1, strict: 1 / 3, anyPath: 1 / 3 },
        // 168 (exit), 480 (censored), 840 (exit): S(168) = 2/3, then the last one at risk leaves at 840
        timeInStage: { medianHours: 840, p75Hours: 840, exits: 2, censored: 1 },
      },
      {
        stage: "COMPARISON",
        volume: 2,
        // A2's move back to consideration is not "on"
        periodConversion: { strict: 0, anyPath: 0 },
        cohort: { entered: 2, reachedNext: 0, reachedLater: 0, strict: 0, anyPath: 0 },
        // 360 (exit), 720 (censored): S(360) = 1/2; never down to 1/4
        timeInStage: { medianHours: 360, p75Hours: null, exits: 1, censored: 1 },
      },
      emptyStage("PURCHASE"),
      emptyStage("ONBOARDING"),
      emptyStage("IMPACT"),
      emptyStage("EXPANSION"),
    ]);
    expect(funnel.cumulative.periodStrict).toEqual([
      { stage: "AWARENESS", conversion: 0.5, cumulative: 0.5 },
      { stage: "CONSIDERATION", conversion: 1 / 3, cumulative: 0.5 * (1 / 3) },
      { stage: "COMPARISON", conversion: 0, cumulative: 0 },
      // no data for purchase: every later product is unknown, not 0
      { stage: "PURCHASE", conversion: null, cumulative: null },
      { stage: "ONBOARDING", conversion: null, cumulative: null },
      { stage: "IMPACT", conversion: null, cumulative: null },
    ]);
    expect(funnel.cumulative.periodAnyPath.slice(0, 2).map((row) => row.cumulative)).toEqual([0.75, 0.75 * (1 / 3)]);
    expect(funnel.cumulative.cohortStrict.slice(0, 3).map((row) => row.cumulative)).toEqual([0.5, 0.5 * (1 / 3), 0]);
    expect(funnel.sla).toEqual([
      { stage: "AWARENESS", inStage: 1, pastSla: 1, share: 1 },
      { stage: "CONSIDERATION", inStage: 2, pastSla: 2, share: 1 },
      { stage: "COMPARISON", inStage: 2, pastSla: 1, share: 0.5 },
      { stage: "PURCHASE", inStage: 0, pastSla: 0, share: null },
      { stage: "ONBOARDING", inStage: 0, pastSla: 0, share: null },
    ]);
    // The one lead, created 10 March and never touched: waited 22 days (528 h) by March's end.
    expect(funnel.speedToLead).toEqual({ medianHours: null, p75Hours: null, touched: 0, untouched: 1 });
  });

  it("narrows every figure with the filter", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, {
      period: MARCH,
      asOf: AS_OF,
      kind: "ACCOUNT",
      windowDays: 7,
      filters: { segmentIds: [2] },
    });
    // Segment 2 in March: A4 into awareness and on; A3 and A2 (stamped 2) into consideration.
    expect(funnel.stages.slice(0, 3).map((stage) => [stage.stage, stage.volume, stage.periodConversion.strict])).toEqual([
      ["AWARENESS", 1, 1],
      ["CONSIDERATION", 2, 0],
      ["COMPARISON", 0, null],
    ]);
    expect(funnel.sla.slice(0, 3)).toEqual([
      { stage: "AWARENESS", inStage: 0, pastSla: 0, share: null },
      { stage: "CONSIDERATION", inStage: 2, pastSla: 2, share: 1 },
      { stage: "COMPARISON", inStage: 1, pastSla: 0, share: 0 },
    ]);
    // The lead is in segment 1.
    expect(funnel.speedToLead).toEqual({ medianHours: null, p75Hours: null, touched: 0, untouched: 0 });
  });

  it("counts leads when asked, with the default 30-day window still open", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, { period: MARCH, asOf: AS_OF, kind: "LEAD" });
    expect(funnel.windowDays).toBe(30);
    expect(funnel.windowClosed).toBe(false);
    expect(funnel.stages[0]).toMatchObject({
      stage: "AWARENESS",
      volume: 1,
      periodConversion: { strict: 0, anyPath: 0 },
      // created 10 March, still in awareness on 10 April: 31 days, censored
      timeInStage: { medianHours: null, p75Hours: null, exits: 0, censored: 1 },
    });
    expect(funnel.stages.slice(1).every((stage) => stage.volume === 0)).toBe(true);
  });

  it("returns plain JSON", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, { period: MARCH, asOf: AS_OF });
    expect(JSON.parse(JSON.stringify(funnel))).toEqual(funnel);
  });
});
