import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import type { DrillContext } from "@/lib/drill/definition";
import { loadDrillPage } from "@/lib/drill/page";
import { resolveDrill } from "@/lib/drill/resolve";
import { quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/period";
import { loadSegmentEconomics, type SegmentEconomicsRow } from "@/lib/metrics/queries/economics";
import type { MetricFilters } from "@/lib/metrics/queries/filters";
import { loadSalesModel } from "@/lib/metrics/queries/sales-model";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const endDate = new Date("2026-11-23T00:00:00Z");

// A closed quarter, a year still running at the demo's end (its last months have not begun), and a closed year with a source filter.
const CASES: { name: string; period: Period; asOf: Date; filters: MetricFilters }[] = [
  { name: "Q2 2026", period: quarterPeriod(2026, 2), asOf: quarterPeriod(2026, 2).end, filters: {} },
  { name: "2026 as of the demo's end", period: yearPeriod(2026), asOf: endDate, filters: {} },
  { name: "2025, web and telemarketing customers only", period: yearPeriod(2025), asOf: yearPeriod(2025).end, filters: { sources: ["WEB", "TELEMARKETING"] } },
];

// Each segment figure and the drill-down its number links to.
const FIGURES: { key: string; figure: (row: SegmentEconomicsRow) => number }[] = [
  { key: "segments-new-customers", figure: (row) => row.newCustomers },
  { key: "segments-new-deals", figure: (row) => row.salesCycle.deals },
  { key: "segments-churned", figure: (row) => row.churnedCustomers },
  { key: "segments-paying", figure: (row) => row.payingCustomers },
];

describe("segments drill-downs list as many records as their figures count", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 11, leads: 3_000, endDate });
  }, 120_000);
  afterAll(() => database.drop());

  // The page links a segment's figure with the filters narrowed to that segment.
  const listed = async (input: Record<string, string>, context: DrillContext, segmentId: number) => {
    const set = resolveDrill(input, { ...context, filters: { ...context.filters, segmentIds: [segmentId] } });
    if (!set) throw new Error(`drill ${input.drill} did not resolve`);
    expect(set.origin).toBe("segments");
    return (await loadDrillPage(database.prisma, set)).total;
  };

  describe.each(CASES)("$name", ({ period, asOf, filters }) => {
    it.each(FIGURES)("$key", async ({ key, figure }) => {
      const economics = await loadSegmentEconomics(database.prisma, { period, filters, asOf });
      expect(economics.segments.length).toBe(3);
      let total = 0;
      for (const row of economics.segments) {
        expect(await listed({ drill: key }, { period, asOf, filters }, row.segmentId), row.segmentKey).toBe(figure(row));
        total += figure(row);
      }
      expect(total).toBeGreaterThan(0);
    });

    it("segments-stage-entries", async () => {
      const model = await loadSalesModel(database.prisma, { period, filters });
      let total = 0;
      for (const segment of model.segments) {
        expect(segment.stages.map((cell) => cell.stage)).toEqual([...BOWTIE_STAGES]);
        for (const cell of segment.stages) {
          const count = await listed({ drill: "segments-stage-entries", stage: cell.stage }, { period, asOf, filters }, segment.segmentId);
          expect(count, `${segment.segmentKey} ${cell.stage}`).toBe(cell.entered);
          total += cell.entered;
        }
      }
      expect(total).toBeGreaterThan(0);
    });
  });

  it("reads the sales model of every segment: an owner and a way of working for each stage", async () => {
    const model = await loadSalesModel(database.prisma, { period: quarterPeriod(2026, 2), filters: {} });
    expect(model.segments.map((segment) => segment.segmentKey)).toEqual(["enterprise", "mid-market", "volume"]);
    const volume = model.segments[2]!.stages;
    expect(volume.find((cell) => cell.stage === "COMPARISON")?.owner).toEqual({ teamName: "Self-service web shop", teamFunction: "SELF_SERVICE", mode: "DIGITAL" });
    expect(volume.find((cell) => cell.stage === "PURCHASE")?.owner).toMatchObject({ teamFunction: "SDR", mode: "H2H" });
    expect(model.segments.every((segment) => segment.stages.every((cell) => cell.owner !== null))).toBe(true);
  });

  it("keeps only the filtered segments in the sales model", async () => {
    const all = await loadSalesModel(database.prisma, { period: quarterPeriod(2026, 2), filters: {} });
    const only = await loadSalesModel(database.prisma, { period: quarterPeriod(2026, 2), filters: { segmentIds: [all.segments[1]!.segmentId] } });
    expect(only.segments).toEqual([all.segments[1]]);
  });

  it("lists nothing for a revenue figure of a period that has not begun", async () => {
    const period = quarterPeriod(2027, 1);
    const economics = await loadSegmentEconomics(database.prisma, { period, filters: {}, asOf: endDate });
    for (const row of economics.segments) {
      expect(row.payingCustomers).toBe(0);
      expect(await listed({ drill: "segments-paying" }, { period, asOf: endDate, filters: {} }, row.segmentId)).toBe(0);
    }
  });
});
