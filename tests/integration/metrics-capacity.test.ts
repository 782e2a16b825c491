import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customPeriod, monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { loadCapacityMetrics, monthsIn } from "@/lib/metrics/queries/capacity";
import { stageCapacities } from "@/lib/metrics/queries/capacity-owners";
import { capacityMarch } from "../support/metric-fixtures-capacity";
import { insertFixture, utc } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MARCH = monthPeriod(2026, 3);

// The capacity scenario of capacityMarch() (see its comment for the accounts and the owners).

describe("capacity queries", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, capacityMarch());
  });
  afterAll(() => database.drop());

  it.each<[string, object, object]>([
    // Team 1 owns awareness in two segments: one pool of people, counted once.
    ["all segments", {}, { AWARENESS: 14, CONSIDERATION: 8 + 3, COMPARISON: 8 }],
    ["segment 1", { segmentIds: [1] }, { AWARENESS: 14, CONSIDERATION: 8, COMPARISON: 8 }],
    ["segment 2", { segmentIds: [2] }, { AWARENESS: 14, CONSIDERATION: 3 }],
    ["team 2", { teamIds: [2] }, { CONSIDERATION: 8, COMPARISON: 8 }],
  ])("stageCapacities: %s", async (_, filters, expected) => {
    expect(await stageCapacities(database.prisma, filters)).toEqual(expected);
  });

  it("March: the chain, its flow and the bottleneck", async () => {
    const metrics = await loadCapacityMetrics(database.prisma, { period: MARCH });
    expect(metrics.months).toBe(1);
    expect(metrics.stages).toEqual([
      // 20 enter; 10 move on (50 %)
      { stage: "AWARENESS", inflow: 20, capacity: 14, conversion: 0.5 },
      // every entry came from awareness; 6 of 10 move on
      { stage: "CONSIDERATION", inflow: 0, capacity: 11, conversion: 0.6 },
      // 7 entries, 6 from consideration: 1 of its own; 3 of 7 move on
      { stage: "COMPARISON", inflow: 1, capacity: 8, conversion: 3 / 7 },
      { stage: "PURCHASE", inflow: 0, capacity: null, conversion: 1 },
      { stage: "ONBOARDING", inflow: 0, capacity: null, conversion: 1 },
      { stage: "IMPACT", inflow: 0, capacity: null, conversion: 1 },
      // the last stage: what it handles is the chain's output
      { stage: "EXPANSION", inflow: 0, capacity: null, conversion: 1 },
    ]);
    expect(metrics.flow.stages.map((s) => [s.stage, s.inflow, s.handled, s.lost, s.output])).toEqual([
      ["AWARENESS", 20, 14, 6, 7], // 14 × 50 %
      ["CONSIDERATION", 7, 7, 0, 4], // 7 × 60 % = 4.2 → 4
      ["COMPARISON", 5, 5, 0, 2], // (4 + 1) × 3/7 = 2.14 → 2
      ["PURCHASE", 2, 2, 0, 2],
      ["ONBOARDING", 2, 2, 0, 2],
      ["IMPACT", 2, 2, 0, 2],
      ["EXPANSION", 2, 2, 0, 2],
    ]);
    expect(metrics.flow.output).toBe(2);
    // Relieved: 20 × 50 % = 10 → 6 → (6 + 1) × 3/7 = 3.
    expect(metrics.flow.bottleneck).toEqual({ stage: "AWARENESS", index: 0, lost: 6, capacityToInflow: 0.7, outputIfRelieved: 3 });
    expect(metrics.whatIf).toBeNull();
  });

  it("what-if: consideration cut to 3 binds harder than awareness", async () => {
    const { whatIf } = await loadCapacityMetrics(database.prisma, { period: MARCH, change: { stage: "CONSIDERATION", capacity: 3 } });
    // 7 arrive, 3 handled × 60 % = 1.8 → 2; (2 + 1) × 3/7 = 1.29 → 1
    expect(whatIf!.after.output).toBe(1);
    expect(whatIf!.outputChange).toBe(-1);
    expect(whatIf!.after.bottleneck).toEqual({ stage: "CONSIDERATION", index: 1, lost: 4, capacityToInflow: 3 / 7, outputIfRelieved: 2 });
  });

  it("averages a quarter's inflow per month, rounded half up to whole records", async () => {
    const metrics = await loadCapacityMetrics(database.prisma, { period: quarterPeriod(2026, 1) });
    expect(metrics.months).toBe(3);
    // awareness: 21 entries (account 22 in February) ÷ 3 = 7; comparison's own 1 ÷ 3 = 0.33 → 0
    expect(metrics.stages.map((stage) => stage.inflow)).toEqual([7, 0, 0, 0, 0, 0, 0]);
  });

  it("counts a period that is not whole months in months of 365.25 ÷ 12 days", async () => {
    const period = customPeriod(utc("2026-03-01"), utc("2026-03-16T12:00"));
    const metrics = await loadCapacityMetrics(database.prisma, { period });
    expect(metrics.months).toBe(monthsIn(period));
    expect(metrics.months).toBeCloseTo(15.5 / 30.4375, 12);
    // 20 awareness entries in 15.5 days: 39.27 a month → 39
    expect(metrics.stages[0]!.inflow).toBe(39);
  });

  it("takes the capacities of the filtered segment", async () => {
    const metrics = await loadCapacityMetrics(database.prisma, { period: MARCH, filters: { segmentIds: [2] } });
    // No records in segment 2; its owners still give the limits.
    expect(metrics.stages.map((stage) => [stage.inflow, stage.capacity])).toEqual([
      [0, 14], [0, 3], [0, null], [0, null], [0, null], [0, null], [0, null],
    ]);
    expect(metrics.flow.bottleneck).toBeNull();
  });
});
