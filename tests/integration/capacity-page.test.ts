import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stage } from "@/generated/prisma/enums";
import { capacityCsv, CAPACITY_CSV_HEADER } from "@/app/api/dashboard/capacity.csv/capacity-csv";
import { loadDrillPage } from "@/lib/drill/page";
import { resolveDrill } from "@/lib/drill/resolve";
import { hourglassFromChain } from "@/lib/metrics/hourglass";
import { monthPeriod } from "@/lib/metrics/period";
import { loadCapacityMetrics } from "@/lib/metrics/queries/capacity";
import { loadDealOutcomes } from "@/lib/metrics/queries/capacity-deals";
import { stageOwnerTeams } from "@/lib/metrics/queries/capacity-owners";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { capacityMarch, march } from "../support/metric-fixtures-capacity";
import { insertFixture, utc, type FunnelFixture } from "../support/metric-fixtures-funnel";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MARCH = monthPeriod(2026, 3);

/**
 * capacityMarch() (accounts and owners; see its comment) and, in segment 1, 30 leads entering
 * awareness in March, 6 becoming MQLs (consideration) and 3 accepted (comparison).
 * New-business deals closed in March: won €1,000, €2,000 and €3,000.50, lost two; left out:
 * one won in February, one expansion deal won in March, one still open.
 */
function factory(): FunnelFixture {
  const f = capacityMarch();
  for (let i = 1; i <= 30; i++) {
    const id = f.lead({ segmentId: 1, createdAt: march(2, i % 24) });
    const steps: [Stage, Date][] = [["AWARENESS", march(2, i % 24)]];
    if (i <= 6) steps.push(["CONSIDERATION", march(12, i)]);
    if (i <= 3) steps.push(["COMPARISON", march(18, i)]);
    f.trail("LEAD", id, { segmentId: 1, source: "WEB" }, steps);
  }
  const closed = (amountMinor: number, status: "WON" | "LOST", closedAt: Date, type: "NEW" | "EXPANSION" = "NEW") =>
    f.deal({ accountId: 1, openedAt: utc("2026-01-10"), status, closedAt, amountMinor, type });
  closed(1_000_00, "WON", march(5));
  closed(2_000_00, "WON", march(12));
  closed(3_000_50, "WON", march(31, 23));
  closed(500_00, "LOST", march(8));
  closed(700_00, "LOST", march(20));
  closed(9_999_00, "WON", utc("2026-02-27"));
  closed(4_444_00, "WON", march(14), "EXPANSION");
  f.deal({ accountId: 1, openedAt: march(3) });
  return f;
}

describe("the capacity page's data", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.pool, factory());
  });
  afterAll(() => database.drop());

  const drillTotal = async (input: Record<string, string>, filters: MetricFilters = {}) => {
    const set = resolveDrill(input, { period: MARCH, asOf: MARCH.end, filters });
    if (!set) throw new Error(`no drill-down for ${JSON.stringify(input)}`);
    return (await loadDrillPage(database.prisma, set)).total;
  };

  it.each<[string, MetricFilters, object]>([
    [
      "all segments",
      {},
      {
        AWARENESS: [{ id: 1, name: "Team 1", monthlyCapacity: 14 }],
        CONSIDERATION: [{ id: 2, name: "Team 2", monthlyCapacity: 8 }, { id: 3, name: "Team 3", monthlyCapacity: 3 }],
        COMPARISON: [{ id: 2, name: "Team 2", monthlyCapacity: 8 }],
      },
    ],
    ["segment 2", { segmentIds: [2] }, { AWARENESS: [{ id: 1, name: "Team 1", monthlyCapacity: 14 }], CONSIDERATION: [{ id: 3, name: "Team 3", monthlyCapacity: 3 }] }],
  ])("stageOwnerTeams, %s: the teams whose capacities are summed, each once", async (_, filters, expected) => {
    expect(await stageOwnerTeams(database.prisma, filters)).toEqual(expected);
  });

  it("accounts: the period's counts, utilisation, busiest stage and owners beside the flow", async () => {
    const metrics = await loadCapacityMetrics(database.prisma, { period: MARCH, kind: "ACCOUNT" });
    expect(metrics.counts.map((row) => [row.stage, row.entered, row.movedOn])).toEqual([
      ["AWARENESS", 20, 10],
      ["CONSIDERATION", 10, 6],
      ["COMPARISON", 7, 3],
      ["PURCHASE", 3, 3],
      ["ONBOARDING", 3, 3],
      ["IMPACT", 3, 3],
      ["EXPANSION", 3, 0],
    ]);
    // Inflow a month (20, 7, 5: see metrics-capacity) over capacity 14, 11 and 8.
    expect(metrics.utilisation.map((row) => row.utilisation)).toEqual([20 / 14, 7 / 11, 5 / 8, null, null, null, null]);
    expect(metrics.busiest).toEqual({ stage: "AWARENESS", utilisation: 20 / 14 });
    expect(metrics.owners.CONSIDERATION?.map((team) => team.name)).toEqual(["Team 2", "Team 3"]);
  });

  it("leads: the chain ends at comparison, where sales takes over", async () => {
    const metrics = await loadCapacityMetrics(database.prisma, { period: MARCH, kind: "LEAD" });
    expect(metrics.stages).toEqual([
      // 30 enter; 6 move on (20 %)
      { stage: "AWARENESS", inflow: 30, capacity: 14, conversion: 0.2 },
      // 3 of 6 move on
      { stage: "CONSIDERATION", inflow: 0, capacity: 11, conversion: 0.5 },
      // the chain's last stage passes on what it handles
      { stage: "COMPARISON", inflow: 0, capacity: 8, conversion: 1 },
    ]);
    expect(metrics.flow.stages.map((s) => [s.stage, s.inflow, s.handled, s.lost, s.output])).toEqual([
      ["AWARENESS", 30, 14, 16, 3], // 14 × 20 % = 2.8 → 3
      ["CONSIDERATION", 3, 3, 0, 2], // 3 × 50 % = 1.5 → 2
      ["COMPARISON", 2, 2, 0, 2],
    ]);
    // Relieved: 30 × 20 % = 6 → 3.
    expect(metrics.flow.bottleneck).toEqual({ stage: "AWARENESS", index: 0, lost: 16, capacityToInflow: 14 / 30, outputIfRelieved: 3 });
    expect(metrics.counts.map((row) => [row.stage, row.entered, row.movedOn])).toEqual([
      ["AWARENESS", 30, 6],
      ["CONSIDERATION", 6, 3],
      ["COMPARISON", 3, 0],
    ]);
  });

  it("deal outcomes: new-business deals closed in the period, their win rate and average won size", async () => {
    const outcomes = await loadDealOutcomes(database.prisma, { period: MARCH });
    expect(outcomes).toEqual({
      closed: { won: 3, lost: 2 },
      closedCount: 5,
      won: { deals: 3, amountMinor: 6_000_50 },
      winRate: 0.6,
      // 600,050 ÷ 3 = 200,016.67 → 200,017 cents
      averageDealSizeMinor: 2_000_17,
    });
    const segment2 = await loadDealOutcomes(database.prisma, { period: MARCH, filters: { segmentIds: [2] } });
    expect(segment2).toMatchObject({ closedCount: 0, winRate: null, averageDealSizeMinor: null });
  });

  it("the hourglass measured on the lead chain: 30 visits, capacity 14, 20 % × 50 % to a meeting, the win rate to a sale", async () => {
    const [metrics, outcomes] = await Promise.all([
      loadCapacityMetrics(database.prisma, { period: MARCH, kind: "LEAD" }),
      loadDealOutcomes(database.prisma, { period: MARCH }),
    ]);
    expect(hourglassFromChain(metrics.stages, "COMPARISON", outcomes.winRate)).toEqual({ visits: 30, capacity: 14, visitToMeeting: 0.1, meetingToSale: 0.6 });
  });

  it.each<[string, Record<string, string>, MetricFilters, number]>([
    ["won deals", { drill: "capacity-deals", outcome: "WON" }, {}, 3],
    ["won or lost deals", { drill: "capacity-deals", outcome: "CLOSED" }, {}, 5],
    ["won deals in segment 2", { drill: "capacity-deals", outcome: "WON" }, { segmentIds: [2] }, 0],
    ["leads entering awareness", { drill: "stage-entries", kind: "LEAD", stage: "AWARENESS" }, {}, 30],
    ["leads moving on from consideration", { drill: "stage-moves", kind: "LEAD", stage: "CONSIDERATION" }, {}, 3],
    ["accounts entering comparison", { drill: "stage-entries", kind: "ACCOUNT", stage: "COMPARISON" }, {}, 7],
  ])("the drill-down behind %s lists as many records as the figure", async (_, input, filters, total) => {
    expect(await drillTotal(input, filters)).toBe(total);
  });

  it("a capacity drill-down with an unknown outcome is no drill-down", () => {
    expect(resolveDrill({ drill: "capacity-deals", outcome: "OPEN" }, { period: MARCH, asOf: MARCH.end, filters: {} })).toBeNull();
  });

  it("the CSV holds both chains, stage by stage, unformatted", async () => {
    const chains = await Promise.all(
      (["ACCOUNT", "LEAD"] as const).map((kind) => loadCapacityMetrics(database.prisma, { period: MARCH, kind })),
    );
    const lines = capacityCsv(chains).trim().split("\r\n");
    expect(lines[0]).toBe(CAPACITY_CSV_HEADER.join(","));
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 2).join(" "))).toEqual([
      ...["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"].map((stage) => `ACCOUNT ${stage}`),
      ...["AWARENESS", "CONSIDERATION", "COMPARISON"].map((stage) => `LEAD ${stage}`),
    ]);
    // kind, stage, start, end, months, entered, moved on, conversion, inflow, capacity,
    // utilisation, handled, lost, output, bottleneck, teams
    expect(lines[8]).toBe(`LEAD,AWARENESS,2026-03-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,1,30,6,0.2,30,14,${30 / 14},14,16,3,true,Team 1`);
    // The chain's last stage has no conversion to a next stage within it.
    expect(lines[10]).toBe("LEAD,COMPARISON,2026-03-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,1,3,0,,2,8,0.25,2,0,2,false,Team 2");
  });
});
