import type { Page } from "@playwright/test";
import { moneyText, ratioText } from "@/components/funnel/format";
import { daysText, monthsText, multipleText } from "@/components/segments/format";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { economicsGaps, type EconomicsGap } from "@/lib/metrics/economics-gaps";
import { loadSegmentEconomics, type SegmentEconomicsRow } from "@/lib/metrics/queries/economics";
import { loadSalesModel } from "@/lib/metrics/queries/sales-model";
import { parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const day = (daysBack: number) => new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
// The last twelve months: the demo company's history ends today, so spend, customers, churn
// and won deals are always in range, whatever day the suite runs on.
const YEAR = `period=custom&from=${day(365)}&to=${day(0)}`;
// A closed quarter keeps as-of at its end, so the server and this spec compute at the same
// instant; 100 days back always lies in a quarter that has ended.
const CLOSED_QUARTER = `period=quarter&at=${day(100)}`;

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

/** The demo segments in priority order, named in the page's language. */
async function segmentNames(locale: Locale): Promise<Map<number, string>> {
  const segments = await serverDatabase().segment.findMany({ orderBy: { priority: "asc" }, select: { id: true, nameEn: true, nameFi: true } });
  return new Map(segments.map((segment) => [segment.id, locale === "fi" ? segment.nameFi : segment.nameEn]));
}

function closedQuarter() {
  const filters = parseDashboardFilters(new URLSearchParams(CLOSED_QUARTER));
  const period = resolvePeriod(filters, new Date());
  return { period, asOf: period.end, filters: toMetricFilters(filters) };
}

const INPUTS = ["salesSpend", "marketingSpend", "newCustomers", "payingCustomers", "mrr", "arpa", "churnedCustomers", "customerMonths", "monthlyChurn", "wonDeals"] as const;
type InputKey = (typeof INPUTS)[number];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A body row of a table by its row header's text (the header may also hold a definition button). */
function rowOf(page: Page, table: ReturnType<Page["getByRole"]>, header: string) {
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${escape(header)}`) }) });
}

/** What a figure cell shows: the value, or the "no data" mark and the reason. */
function cellText(value: string | null, gap: EconomicsGap | null, t: Translate): string {
  return value ?? `${t("common.none")}${gap ? t(`segments.gap.${gap}`) : ""}`;
}

function economicsCells(row: SegmentEconomicsRow, locale: Locale, t: Translate): string[] {
  const gaps = economicsGaps(row);
  const money = (value: number | null) => (value === null ? null : moneyText(value, locale));
  return [
    cellText(money(row.cacMinor), gaps.cac, t),
    cellText(money(row.ltvMinor), gaps.ltv, t),
    cellText(row.ltvToCac === null ? null : multipleText(row.ltvToCac, locale, t), gaps.ltvToCac, t),
    cellText(row.paybackMonths === null ? null : monthsText(row.paybackMonths, locale, t), gaps.payback, t),
    cellText(money(row.averageDealSizeMinor), gaps.dealSize, t),
    cellText(row.salesCycle.medianDays === null ? null : daysText(row.salesCycle.medianDays, locale, t), gaps.salesCycle, t),
  ];
}

test("LEADERSHIP sees the sales model of every demo segment: team and way of working per stage", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${YEAR}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const names = await segmentNames(locale);
  // Who owns a stage does not depend on the period.
  const model = await loadSalesModel(serverDatabase(), { period: closedQuarter().period });

  await expect(page.getByRole("heading", { level: 1, name: t("segments.title") })).toBeVisible();
  const matrix = page.getByRole("table", { name: t("segments.modelCaption") });
  await expect(matrix.getByRole("columnheader")).toHaveText([
    t("segments.segment"),
    t("side.ACQUISITION"),
    t("side.KNOT"),
    t("side.RETENTION"),
    ...BOWTIE_STAGES.map((stage) => t(`stage.${stage}`)),
  ]);
  expect(model.segments).toHaveLength(3);
  for (const segment of model.segments) {
    const cells = rowOf(page, matrix, names.get(segment.segmentId)!).getByRole("cell");
    await expect(cells).toHaveCount(BOWTIE_STAGES.length);
    for (const [index, cell] of segment.stages.entries()) {
      expect(cell.owner).not.toBeNull();
      await expect(cells.nth(index)).toContainText(cell.owner!.teamName);
      // The way of working is a word and an icon, never colour alone.
      const mark = cells.nth(index).locator(`[data-mode="${cell.owner!.mode}"]`);
      await expect(mark).toHaveText(t(`segments.mode.${cell.owner!.mode}`));
      await expect(mark.locator("svg")).toHaveCount(1);
    }
  }
});

test("LEADERSHIP sees CAC, LTV, their ratio, payback, deal size and cycle for every demo segment", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${YEAR}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const names = await segmentNames(locale);

  const table = page.getByRole("table", { name: t("segments.economicsCaption") });
  await expect(table.getByRole("row")).toHaveCount(names.size + 1);
  for (const name of names.values()) {
    const cells = rowOf(page, table, name).getByRole("cell");
    await expect(cells).toHaveCount(6);
    // CAC and deal size are money in every demo segment over twelve months.
    await expect(cells.nth(0)).toHaveText(/\d/);
    await expect(cells.nth(4)).toHaveText(/\d/);
  }
  const chart = page.getByRole("figure", { name: t("segments.chartLabel") });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart).toContainText(t("segments.ltv"));
  await expect(chart).toContainText(t("segments.cac"));

  const inputs = page.getByRole("table", { name: t("segments.inputsCaption") });
  for (const input of INPUTS) {
    await expect(rowOf(page, inputs, t(`segments.${input}`)).getByRole("cell")).toHaveCount(names.size);
  }
});

test("a segment's new customers drill down to exactly as many accounts as shown", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${YEAR}`);
  const t = await translatorOf(page);

  const inputs = page.getByRole("table", { name: t("segments.inputsCaption") });
  const link = rowOf(page, inputs, t("segments.newCustomers")).getByRole("cell").first().getByRole("link");
  const shown = (await link.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/records\\?${escape(YEAR)}&segment=\\d+&drill=segments-new-customers$`));
  await expect(page.getByRole("heading", { level: 1, name: t("segments.drill.newCustomers") })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 50) + 1);

  await page.getByRole("link", { name: t("drill.back") }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/segments\\?${escape(YEAR)}&segment=\\d+$`));
});

test("a sales-model cell's inflow drills down to the accounts that entered the stage", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${YEAR}`);
  const t = await translatorOf(page);

  const matrix = page.getByRole("table", { name: t("segments.modelCaption") });
  const link = matrix.getByRole("row").nth(2).getByRole("cell").nth(BOWTIE_STAGES.indexOf("PURCHASE")).getByRole("link");
  const shown = (await link.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);

  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: t("drill.stageEntries.ACCOUNT", { stage: t("stage.PURCHASE") }) })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
});

test("the segments CSVs answer with their header rows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${YEAR}`);
  const t = await translatorOf(page);

  const href = await page.getByRole("link", { name: t("segments.downloadCsv") }).getAttribute("href");
  expect(href).toBe(`/api/dashboard/segments.csv?${YEAR}`);
  const economics = await page.request.get(href ?? "");
  expect(economics.status()).toBe(200);
  expect(economics.headers()["content-type"]).toContain("text/csv");
  const lines = (await economics.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "segment_key,period_start,period_end,as_of,currency,sales_spend_minor,marketing_spend_minor,new_customers,cac_minor,cac_missing_reason,paying_customers,mrr_minor,arpa_minor,churned_customers,customer_months,monthly_logo_churn,gross_margin,ltv_minor,ltv_missing_reason,ltv_to_cac,payback_months,new_deals_won,average_deal_size_minor,sales_cycle_median_days,sales_cycle_mean_days",
  );
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["enterprise", "mid-market", "volume"]);

  await expect(page.getByRole("link", { name: t("segments.csv.economics") })).toHaveAttribute("href", `/api/dashboard/segments.csv?${YEAR}&chart=economics`);
  const modelHref = await page.getByRole("link", { name: t("segments.csv.model") }).getAttribute("href");
  expect(modelHref).toBe(`/api/dashboard/segments.csv?${YEAR}&chart=model`);
  const model = (await (await page.request.get(modelHref ?? "")).text()).trim().split("\r\n");
  expect(model[0]).toBe("segment_key,stage,team,team_function,mode,period_start,period_end,accounts_entered");
  expect(model).toHaveLength(1 + 3 * BOWTIE_STAGES.length);

  // An unknown chart falls back to the economics table.
  const unknown = (await (await page.request.get(`/api/dashboard/segments.csv?${YEAR}&chart=nonsense`)).text()).trim().split("\r\n");
  expect(unknown[0]).toBe(lines[0]);
});

for (const role of ["SALES", "MARKETING"] as const) {
  test(`${role} cannot open the segments page or its CSV and has no tab for it`, async ({ pageAs }) => {
    const page = await pageAs(role);
    const response = await page.goto(`/dashboard/segments?${YEAR}`);
    const t = await translatorOf(page);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: t("forbidden.title") })).toBeVisible();
    await expect(page.getByRole("table", { name: t("segments.economicsCaption") })).toHaveCount(0);

    const csv = await page.request.get("/api/dashboard/segments.csv");
    expect(csv.status()).toBe(403);
    const model = await page.request.get("/api/dashboard/segments.csv?chart=model");
    expect(model.status()).toBe(403);
    // The records behind a figure are as confidential as the figure.
    const refused = await page.goto(`/dashboard/records?${YEAR}&segment=1&drill=segments-churned`);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: t("forbidden.title") })).toBeVisible();
    await expect(page.getByTestId("drill-count")).toHaveCount(0);

    await page.goto("/dashboard");
    const tabs = page.getByRole("navigation", { name: t("dashboard.tabsLabel") });
    await expect(tabs.getByRole("link", { name: t("dashboard.tab.funnel") })).toBeVisible();
    await expect(tabs.getByRole("link", { name: t("dashboard.tab.segments") })).toHaveCount(0);
  });
}

test("LEADERSHIP has the segments tab, and it keeps the filters", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${YEAR}`);
  const t = await translatorOf(page);
  await page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link", { name: t("dashboard.tab.segments") }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/segments\\?${escape(YEAR)}$`));
  await expect(page.getByRole("heading", { level: 1, name: t("segments.title") })).toBeVisible();
});

test("the segments page shows lib/metrics' figures for a closed quarter", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/segments?${CLOSED_QUARTER}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const names = await segmentNames(locale);
  const query = closedQuarter();
  const [economics, model] = await Promise.all([loadSegmentEconomics(serverDatabase(), query), loadSalesModel(serverDatabase(), query)]);
  const number = (value: number) => formatNumber(value, locale);
  const money = (value: number | null) => (value === null ? t("common.none") : moneyText(value, locale));

  const table = page.getByRole("table", { name: t("segments.economicsCaption") });
  for (const row of economics.segments) {
    await expect(rowOf(page, table, names.get(row.segmentId)!).getByRole("cell")).toHaveText(economicsCells(row, locale, t));
  }

  const inputs = page.getByRole("table", { name: t("segments.inputsCaption") });
  const expected: [InputKey, (row: SegmentEconomicsRow) => string][] = [
    ["salesSpend", (row) => money(row.salesSpendMinor)],
    ["marketingSpend", (row) => money(row.marketingSpendMinor)],
    ["newCustomers", (row) => number(row.newCustomers)],
    ["payingCustomers", (row) => number(row.payingCustomers)],
    ["mrr", (row) => money(row.mrrMinor)],
    ["arpa", (row) => money(row.arpaMinor)],
    ["churnedCustomers", (row) => number(row.churnedCustomers)],
    ["customerMonths", (row) => number(row.customerMonths)],
    ["monthlyChurn", (row) => ratioText(row.monthlyLogoChurn, locale, t)],
    ["wonDeals", (row) => number(row.salesCycle.deals)],
  ];
  for (const [input, text] of expected) {
    await expect(rowOf(page, inputs, t(`segments.${input}`)).getByRole("cell")).toHaveText(economics.segments.map(text));
  }

  const matrix = page.getByRole("table", { name: t("segments.modelCaption") });
  for (const segment of model.segments) {
    const entered = rowOf(page, matrix, names.get(segment.segmentId)!).getByRole("cell").locator("p");
    await expect(entered).toHaveText(segment.stages.map((cell) => `${t("segments.entered")} ${number(cell.entered)}`));
  }
});
