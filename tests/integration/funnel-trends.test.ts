import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import type { DrillContext } from "@/lib/drill/definition";
import { loadDrillPage } from "@/lib/drill/page";
import { monthKey } from "@/lib/drill/params";
import { resolveDrill } from "@/lib/drill/resolve";
import { monthPeriod, quarterPeriod } from "@/lib/metrics/period";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadFunnelTrends, type FunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The funnel's trend, cohort and quality views over a small demo company, checked against
// the period figures they must agree with and against the drill-downs behind each number.
const endDate = new Date("2026-06-30T00:00:00Z");
const Q2 = quarterPeriod(2026, 2);
const AS_OF = Q2.end;

describe("loadFunnelTrends over the demo company", () => {
  let database: TestDatabase;
  let trends: FunnelTrends;
  const context: DrillContext = { period: Q2, asOf: AS_OF, filters: {} };
  const drillTotal = async (params: Record<string, string>, drillContext = context) => {
    const set = resolveDrill(params, drillContext);
    expect(set, JSON.stringify(params)).not.toBeNull();
    return (await loadDrillPage(database.prisma, set!)).total;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 7, leads: 3_000, endDate });
    trends = await loadFunnelTrends(database.prisma, { period: Q2, asOf: AS_OF });
  }, 120_000);
  afterAll(() => database.drop());

  it("covers the twelve months ending with the period's last", () => {
    expect(trends.window).toEqual({ start: "2025-07-01T00:00:00.000Z", end: "2026-07-01T00:00:00.000Z" });
    expect(trends.trend.map((point) => monthKey(point.month))).toEqual([
      "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
    ]);
    expect(trends.cohorts).toHaveLength(12);
  });

  it("gives each month the volumes and conversions of that month as a period", async () => {
    for (const point of trends.trend.slice(-3)) {
      const month = monthPeriod(point.month.getUTCFullYear(), point.month.getUTCMonth() + 1);
      const funnel = await loadFunnelMetrics(database.prisma, { period: month, asOf: AS_OF, kind: "LEAD" });
      for (const stage of point.stages) {
        const periodStage = funnel.stages.find((row) => row.stage === stage.stage)!;
        expect(stage.volume).toBe(periodStage.volume);
        expect(stage.conversion).toBe(periodStage.periodConversion.strict);
        expect(await drillTotal({ drill: "stage-entries", kind: "LEAD", stage: stage.stage, month: monthKey(point.month) })).toBe(stage.volume);
        // The conversion's numerator: leads that moved straight on to the next stage.
        if (stage.conversion !== null && stage.stage !== "PURCHASE") {
          const moved = await drillTotal({ drill: "stage-moves", kind: "LEAD", stage: stage.stage, month: monthKey(point.month) });
          expect(moved).toBe(Math.round(stage.conversion * stage.volume));
        }
      }
    }
  });

  it("puts every lead entering in a month in exactly one furthest-stage cell, and a cell drills to its count", async () => {
    const awareness = trends.trend.map((point) => point.stages.find((stage) => stage.stage === "AWARENESS")!.volume);
    const withLeads = trends.cohorts.filter((cohort) => cohort.entered > 0);
    expect(withLeads.length).toBeGreaterThan(6);
    for (const cohort of withLeads) {
      expect(cohort.furthest.reduce((sum, cell) => sum + cell.records, 0)).toBe(cohort.entered);
      expect(cohort.reached[0]!.records).toBe(cohort.entered);
    }
    // A lead's first placement is an entry into awareness, so a cohort is at most that month's awareness volume.
    trends.cohorts.forEach((cohort, index) => expect(cohort.entered).toBeLessThanOrEqual(awareness[index]!));
    const cohort = withLeads.at(-4)!;
    for (const cell of cohort.furthest) {
      expect(await drillTotal({ drill: "funnel-cohort", month: monthKey(cohort.cohortMonth), furthest: cell.stage })).toBe(cell.records);
    }
    // Some leads of older cohorts were won.
    expect(trends.cohorts.some((row) => row.furthest.find((cell) => cell.stage === "PURCHASE")!.records > 0)).toBe(true);
    expect(cohort.furthest.map((cell) => cell.stage)).toEqual([...FUNNEL_STAGES]);
  });

  it("counts each MQL of the period once, as the funnel's consideration volume does", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, { period: Q2, asOf: AS_OF, kind: "LEAD" });
    const consideration = funnel.stages.find((row) => row.stage === "CONSIDERATION")!.volume;
    const mqls = trends.quality.reduce((sum, source) => sum + source.mqls, 0);
    expect(mqls).toBe(consideration);
    expect(mqls).toBeGreaterThan(0);
    expect(await drillTotal({ drill: "funnel-mql" })).toBe(mqls);
  });

  it("splits MQLs into outcomes and rejections into reasons, and each drills to its count", async () => {
    const totals = { accepted: 0, rejected: 0 };
    for (const source of trends.quality) {
      expect(source.accepted + source.rejected + source.dequalified + source.open).toBe(source.mqls);
      expect(source.reasons.reduce((sum, reason) => sum + reason.leads, 0)).toBe(source.rejected);
      totals.accepted += source.accepted;
      totals.rejected += source.rejected;
      for (const [outcome, figure] of [["ACCEPTED", source.accepted], ["REJECTED", source.rejected], ["OPEN", source.open]] as const) {
        expect(await drillTotal({ drill: "funnel-mql", leadSource: source.source, outcome })).toBe(figure);
      }
      for (const reason of source.reasons) {
        const params = { drill: "funnel-mql", leadSource: source.source, outcome: "REJECTED", reason: reason.reason ?? "none" };
        expect(await drillTotal(params)).toBe(reason.leads);
      }
    }
    // The demo's sales team both accepts and rejects marketing's leads.
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.rejected).toBeGreaterThan(0);
  });

  it("opens exactly the won and lost deals the win rate counts", async () => {
    for (const filters of [{}, { segmentIds: [1] }]) {
      const sales = await loadSalesMetrics(database.prisma, { period: Q2, filters });
      const drillContext = { ...context, filters };
      expect(sales.closed.won + sales.closed.lost).toBeGreaterThan(0);
      expect(await drillTotal({ drill: "sales-closed", status: "WON" }, drillContext)).toBe(sales.closed.won);
      expect(await drillTotal({ drill: "sales-closed", status: "LOST" }, drillContext)).toBe(sales.closed.lost);
    }
  });

  it("opens exactly the leads the SLA table and speed-to-lead count", async () => {
    const funnel = await loadFunnelMetrics(database.prisma, { period: Q2, asOf: AS_OF, kind: "LEAD" });
    for (const row of funnel.sla.filter((sla) => FUNNEL_STAGES.includes(sla.stage as never) && sla.stage !== "PURCHASE")) {
      expect(await drillTotal({ drill: "funnel-sla", stage: row.stage })).toBe(row.inStage);
      expect(await drillTotal({ drill: "funnel-sla", stage: row.stage, past: "sla" })).toBe(row.pastSla);
    }
    expect(funnel.sla.some((row) => row.pastSla > 0)).toBe(true);
    expect(await drillTotal({ drill: "funnel-untouched" })).toBe(funnel.speedToLead.untouched);
  });

  it("narrows with a source filter to that source alone", async () => {
    const source = trends.quality[0]!.source;
    const narrowed = await loadFunnelTrends(database.prisma, { period: Q2, asOf: AS_OF, filters: { sources: [source] } });
    expect(narrowed.quality).toEqual([trends.quality[0]]);
  });
});
