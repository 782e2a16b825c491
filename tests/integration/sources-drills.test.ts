import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drillHref } from "@/lib/drill/href";
import { loadDrillPage } from "@/lib/drill/page";
import { resolveDrill } from "@/lib/drill/resolve";
import { toRecord } from "@/lib/validation/url-params";
import { ATTRIBUTION_MODELS } from "@/lib/metrics/attribution";
import { quarterPeriod } from "@/lib/metrics/period";
import { loadSourceAttribution } from "@/lib/metrics/queries/sources-attribution";
import { loadSourceFactory } from "@/lib/metrics/queries/sources-factory";
import { UNTOUCHED } from "@/lib/drill/sources";
import { toMetricFilters, type DashboardFilters } from "@/lib/validation/dashboard-filters";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Every figure of the sources page against the list its link opens, on a small demo company:
// the link's URL is resolved as the records page resolves it, and the list's count must be
// the figure. A closed quarter keeps as-of at its end.
const endDate = new Date("2026-11-23T00:00:00Z");
const period = quarterPeriod(2026, 3);
const asOf = period.end;

// Each view with the steps its quarter reaches somewhere, so the comparison is not vacuous.
const VIEWS: [string, DashboardFilters, string[]][] = [
  ["all", { preset: "quarter", at: "2026-07-01", segmentIds: [], sources: [] }, ["leads", "mqls", "accepted", "meetings", "offers", "won"]],
  ["segments 2 and 3, web and downloads", { preset: "quarter", at: "2026-07-01", segmentIds: [2, 3], sources: ["WEB", "DOWNLOAD"] }, ["leads", "mqls"]],
];

describe("sources drill-downs list exactly the records their figure counts", () => {
  let database: TestDatabase;

  const drillCount = async (href: string, filters: DashboardFilters) => {
    const set = resolveDrill(toRecord(new URL(href, "http://localhost").searchParams), { period, asOf, filters: toMetricFilters(filters) });
    if (!set) throw new Error(`no drill-down behind ${href}`);
    expect(set.origin).toBe("sources");
    return (await loadDrillPage(database.prisma, set)).total;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 7, leads: 3_000, endDate });
  }, 180_000);
  afterAll(() => database.drop());

  it.each(VIEWS)("factory, %s: each source's and the total's count at every step", async (_, filters, reached) => {
    const factory = await loadSourceFactory(database.prisma, { period, asOf, filters: toMetricFilters(filters) });
    const figures = [...factory.sources, factory.total].flatMap((line) =>
      line.steps.map((figure) => ({ source: line.source, ...figure })),
    );
    for (const step of reached) {
      expect(factory.total.steps.find((figure) => figure.step === step)!.count, step).toBeGreaterThan(0);
    }
    for (const { source, step, count } of figures) {
      const href = drillHref("sources-cohort", { leadSource: source ?? undefined, step }, filters);
      expect(await drillCount(href, filters), `${source ?? "all"} ${step}`).toBe(count);
    }
  }, 120_000);

  it.each(ATTRIBUTION_MODELS)("attribution by %s: the won and lost deals of each source, untouched and in total", async (model) => {
    const [, filters] = VIEWS[0]!;
    const attribution = await loadSourceAttribution(database.prisma, { period, filters: toMetricFilters(filters) }, model);
    expect(attribution.total.won.deals).toBeGreaterThan(0);
    expect(attribution.total.lost.deals).toBeGreaterThan(0);
    const rows = [...attribution.sources.map((row) => ({ row, leadSource: row.source ?? UNTOUCHED })), { row: attribution.total, leadSource: undefined }];
    for (const { row, leadSource } of rows) {
      for (const outcome of ["WON", "LOST"] as const) {
        const href = drillHref("sources-credited", { leadSource, outcome, model }, filters);
        const figure = outcome === "WON" ? row.won.deals : row.lost.deals;
        expect(await drillCount(href, filters), `${leadSource ?? "all"} ${outcome}`).toBe(figure);
      }
    }
  }, 120_000);

  it("attribution with segment and source filters", async () => {
    const [, filters] = VIEWS[1]!;
    const attribution = await loadSourceAttribution(database.prisma, { period, filters: toMetricFilters(filters) }, "FIRST_TOUCH");
    for (const row of [...attribution.sources, attribution.total]) {
      const leadSource = row === attribution.total ? undefined : (row.source ?? UNTOUCHED);
      const href = drillHref("sources-credited", { leadSource, outcome: "WON", model: "FIRST_TOUCH" }, filters);
      expect(await drillCount(href, filters), `${leadSource ?? "all"}`).toBe(row.won.deals);
    }
  }, 120_000);
});
