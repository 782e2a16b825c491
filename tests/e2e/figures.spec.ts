import type { Page } from "@playwright/test";
import { stageViews } from "@/components/bowtie/stage-view";
import { ratioText } from "@/components/funnel/format";
import { isFunnelStage } from "@/lib/bowtie/stages";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import { parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

// What a page shows must be what lib/metrics computes for the same filters over the same
// database. A closed quarter keeps as-of at its end, so the server and this spec compute at
// the same instant; 100 days back always lies in a quarter that has ended.
const day = (date: Date) => date.toISOString().slice(0, 10);
const QUERY = `period=quarter&at=${day(new Date(Date.now() - 100 * 86_400_000))}`;

function request(query: string) {
  const filters = parseDashboardFilters(new URLSearchParams(query));
  const period = resolvePeriod(filters, new Date());
  return { period, asOf: period.end, filters: toMetricFilters(filters) };
}

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

for (const segmentQuery of ["", "&segment=1"]) {
  test(`the bow-tie overview shows lib/metrics' figures${segmentQuery ? " for a segment" : ""}`, async ({ pageAs }) => {
    const page = await pageAs("LEADERSHIP");
    await page.goto(`/dashboard?${QUERY}${segmentQuery}`);
    const [t, locale] = [await translatorOf(page), await localeOf(page)];
    const overview = await loadBowtieOverview(serverDatabase(), request(QUERY + segmentQuery));

    const cards = page.getByRole("list", { name: t("bowtie.stagesLabel") }).getByRole("listitem");
    for (const view of stageViews(overview, locale, t)) {
      const card = cards.filter({ has: page.getByRole("heading", { level: 3, name: view.label, exact: true }) });
      await expect(card.getByRole("link", { name: t("bowtie.drillVolume", { volume: view.volumeView.value, stage: view.label }) })).toHaveText(view.volumeView.value);
      await expect(card.getByText(view.medianTime.value, { exact: true }).first()).toBeVisible();
      if (view.conversion) await expect(card.getByText(view.conversion.value, { exact: true }).first()).toBeVisible();
    }
  });
}

test("the funnel shows lib/metrics' stage volumes, conversions and win rate", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/funnel?${QUERY}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const params = request(QUERY);
  const [funnel, sales] = await Promise.all([
    loadFunnelMetrics(serverDatabase(), { ...params, kind: "LEAD" }),
    loadSalesMetrics(serverDatabase(), params),
  ]);

  const table = page.getByRole("table", { name: t("funnel.volumesTitle") });
  for (const stage of funnel.stages.filter((row) => isFunnelStage(row.stage))) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: t(`stage.${stage.stage}`), exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([
      formatNumber(stage.volume, locale),
      ratioText(stage.periodConversion.strict, locale, t),
      ratioText(stage.cohort.strict, locale, t),
    ]);
  }
  const salesFigures = page.getByRole("definition").filter({ hasText: ratioText(sales.winRate, locale, t) });
  await expect(salesFigures.first()).toBeVisible();
});
