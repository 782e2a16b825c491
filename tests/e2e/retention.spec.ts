import type { Page } from "@playwright/test";
import { hoursText, ratioText } from "@/components/funnel/format";
import { mrrText, STEP_SIGN } from "@/components/retention/movement-kinds";
import { formatMonth, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { loadRetentionMetrics } from "@/lib/metrics/queries/retention";
import { parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

// A whole year, so the demo company's history always has paying customers, cohorts and onboardings.
const YEAR = "period=year";
const day = (date: Date) => date.toISOString().slice(0, 10);
// A closed quarter keeps as-of at its end, so the server and this spec compute at the same instant.
const CLOSED_QUARTER = `period=quarter&at=${day(new Date(Date.now() - 100 * 86_400_000))}`;

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

const accountsText = (count: number, locale: Locale, t: Translate) =>
  count === 1 ? t("retention.accountsOne") : t("retention.accounts", { count: formatNumber(count, locale) });

/** Text that starts with `label`, read literally (Finnish labels hold parentheses). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** The value of a headline figure, found by its name. */
function tileValue(page: Page, label: string) {
  return page.getByRole("term").filter({ hasText: startsWith(label) }).locator("xpath=following-sibling::dd[1]");
}

test("LEADERSHIP sees every retention section with numbers", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);

  await expect(page.getByRole("heading", { level: 1, name: t("retention.title") })).toBeVisible();
  for (const title of [
    "retention.movementsTitle",
    "retention.monthlyCaption",
    "retention.retentionTitle",
    "retention.logoChurnTitle",
    "retention.cohortsTitle",
    "retention.onboardingTitle",
    "retention.customerAgeTitle",
  ] as const) {
    await expect(page.getByRole("heading", { level: 2, name: t(title) })).toBeVisible();
  }
  const number = /\d/;
  const waterfall = page.getByRole("table", { name: t("retention.waterfallCaption") });
  for (const step of ["STARTING", "NEW", "EXPANSION", "CONTRACTION", "CHURN", "ENDING"] as const) {
    const row = waterfall.getByRole("row").filter({ has: page.getByRole("rowheader", { name: startsWith(t(`retention.step.${step}`)) }) });
    await expect(row.getByRole("cell").first()).toHaveText(number);
  }
  for (const chart of ["retention.waterfallLabel", "retention.monthlyChartLabel", "retention.customerAgeChartLabel", "retention.histogramLabel"] as const) {
    await expect(page.getByRole("figure", { name: t(chart) }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  }
  for (const chart of ["retention.ratesChartLabel", "retention.logoChurnChartLabel"] as const) {
    await expect(page.getByRole("figure", { name: t(chart) }).locator(".recharts-line-curve").first()).toBeVisible();
  }
  for (const tile of ["retention.grr", "retention.nrr", "retention.expansionRate", "retention.logoChurn"] as const) {
    await expect(tileValue(page, t(tile))).toHaveText(/^\d[\d\s,.\u00a0]*\s?%$/);
  }
  await expect(tileValue(page, t("retention.ttvMedian"))).toHaveText(number);
  const heatmap = page.getByRole("table", { name: t("retention.cohortsCaption") });
  await expect(heatmap.getByRole("link", { name: /%/ }).first()).toHaveText(/%$/);
  await expect(page.getByRole("table", { name: t("retention.customerAgeCaption") }).getByRole("link").first()).toHaveText(number);
});

test("the cohort heatmap switches to revenue retained through the URL", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);

  const views = page.getByRole("navigation", { name: t("retention.cohortView") });
  await expect(views.getByRole("link", { name: t("retention.cohortView.logos") })).toHaveAttribute("aria-current", "true");
  await views.getByRole("link", { name: t("retention.cohortView.revenue") }).click();
  await expect(page).toHaveURL(/\/dashboard\/retention\?period=year&cohorts=revenue$/);
  await expect(views.getByRole("link", { name: t("retention.cohortView.revenue") })).toHaveAttribute("aria-current", "true");

  // An unknown view falls back to the default instead of failing.
  await page.goto(`/dashboard/retention?${YEAR}&cohorts=bogus`);
  await expect(views.getByRole("link", { name: t("retention.cohortView.logos") })).toHaveAttribute("aria-current", "true");
});

async function expectDrillCount(page: Page, t: Translate, shown: string) {
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown.replace(/[^\d\s,.\u00a0]/g, "").trim() }));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 50) + 1);
}

test("a movement's account count drills down to exactly that many accounts", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);

  const row = page
    .getByRole("table", { name: t("retention.waterfallCaption") })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: startsWith(t("retention.step.NEW")) }) });
  const link = row.getByRole("link");
  const shown = (await link.innerText()).trim();
  await link.click();

  await expect(page.getByRole("heading", { level: 1, name: t("retention.drill.movement.NEW") })).toBeVisible();
  await expectDrillCount(page, t, shown);
  await page.getByRole("link", { name: t("drill.back") }).click();
  await expect(page).toHaveURL(/\/dashboard\/retention\?period=year$/);
});

test("a cohort's size drills down to exactly its customers", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);

  const sizes = page.getByRole("table", { name: t("retention.cohortsCaption") }).getByRole("link", { name: new RegExp(`^(${t("retention.accountsOne")}|${t("retention.accounts", { count: "[\\d\\s,.\u00a0]+" })})$`) });
  const link = sizes.first();
  const shown = (await link.innerText()).trim();
  await link.click();
  await expect(page).toHaveURL(/drill=retention-cohort/);
  await expectDrillCount(page, t, shown);
});

test("the retention CSV answers with its header, for the page and for a chart", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);

  const href = await page.getByRole("link", { name: t("retention.downloadCsv"), exact: true }).getAttribute("href");
  expect(href).toBe(`/api/dashboard/retention.csv?${YEAR}`);
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toMatch(/^month,period_start,period_end,as_of,currency,starting_mrr_minor,new_minor,/);
  expect(lines.length).toBeGreaterThan(1);

  // Each chart's link names its chart for screen readers, so several "CSV" links stay apart.
  const cohorts = page.getByRole("link", { name: t("common.csvOf", { chart: t("retention.cohortsTitle") }), exact: true });
  const cohortCsv = await page.request.get((await cohorts.getAttribute("href")) ?? "");
  expect(cohortCsv.status()).toBe(200);
  expect((await cohortCsv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "cohort_month,months_since_start,period_start,period_end,as_of,currency,cohort_customers,cohort_first_month_mrr_minor,paying_customers,mrr_minor,logo_retention,revenue_retention",
  );
});

test("MARKETING is refused the page and the CSV and has no Retention tab", async ({ pageAs }) => {
  const page = await pageAs("MARKETING");
  const response = await page.goto(`/dashboard/retention?${YEAR}`);
  const t = await translatorOf(page);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: t("forbidden.title") })).toBeVisible();

  const csv = await page.request.get(`/api/dashboard/retention.csv?${YEAR}`);
  expect(csv.status()).toBe(403);
  // The records behind a revenue figure are as confidential as the figure.
  const refused = await page.goto(`/dashboard/records?${YEAR}&drill=retention-base&part=churned`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: t("forbidden.title") })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveCount(0);

  await page.goto(`/dashboard?${YEAR}`);
  const tabs = page.getByRole("navigation", { name: t("dashboard.tabsLabel") });
  await expect(tabs.getByRole("link", { name: t("dashboard.tab.funnel") })).toBeVisible();
  await expect(tabs.getByRole("link", { name: t("dashboard.tab.retention") })).toHaveCount(0);
});

test("SALES sees the page through its tab", async ({ pageAs }) => {
  const page = await pageAs("SALES");
  await page.goto(`/dashboard?${YEAR}`);
  const t = await translatorOf(page);
  await page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link", { name: t("dashboard.tab.retention") }).click();
  await expect(page).toHaveURL(/\/dashboard\/retention\?period=year$/);
  await expect(page.getByRole("heading", { level: 2, name: t("retention.movementsTitle") })).toBeVisible();
  expect((await page.request.get(`/api/dashboard/retention.csv?${YEAR}&chart=waterfall`)).status()).toBe(200);
});

test("the retention page shows lib/metrics' figures for a closed quarter", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/retention?${CLOSED_QUARTER}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const filters = parseDashboardFilters(new URLSearchParams(CLOSED_QUARTER));
  const period = resolvePeriod(filters, new Date());
  const metrics = await loadRetentionMetrics(serverDatabase(), { period, asOf: period.end, filters: toMetricFilters(filters) });

  const waterfall = page.getByRole("table", { name: t("retention.waterfallCaption") });
  for (const step of metrics.waterfall) {
    const row = waterfall.getByRole("row").filter({ has: page.getByRole("rowheader", { name: startsWith(t(`retention.step.${step.kind}`)) }) });
    const sign = STEP_SIGN[step.kind];
    await expect(row.getByRole("cell")).toHaveText([
      mrrText((sign || 1) * step.amountMinor, locale, sign !== 0),
      accountsText(step.accounts, locale, t),
      mrrText(step.toMinor, locale),
    ]);
  }

  await expect(tileValue(page, t("retention.grr"))).toHaveText(ratioText(metrics.retention.grossRevenueRetention, locale, t));
  await expect(tileValue(page, t("retention.nrr"))).toHaveText(ratioText(metrics.retention.netRevenueRetention, locale, t));
  await expect(tileValue(page, t("retention.expansionRate"))).toHaveText(ratioText(metrics.retention.expansionRate, locale, t));
  await expect(tileValue(page, t("retention.logoChurn"))).toHaveText(ratioText(metrics.retention.logoChurn, locale, t));
  const ttv = metrics.timeToValue;
  await expect(tileValue(page, t("retention.ttvMedian"))).toHaveText(ttv.medianHours === null ? t("retention.ttvNotReached") : hoursText(ttv.medianHours, locale, t));

  const logoChurn = page.getByRole("table", { name: t("retention.logoChurnCaption") });
  for (const [index, month] of metrics.movements.entries()) {
    const row = logoChurn.getByRole("row").filter({ has: page.getByRole("rowheader", { name: formatMonth(month.month, locale, "long"), exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([
      accountsText(month.customers.starting, locale, t),
      accountsText(month.customers.churned, locale, t),
      ratioText(metrics.retentionByMonth[index]!.logoChurn, locale, t),
    ]);
  }

  const heatmap = page.getByRole("table", { name: t("retention.cohortsCaption") });
  for (const cohort of metrics.cohorts) {
    const row = heatmap.getByRole("row").filter({ has: page.getByRole("rowheader", { name: formatMonth(cohort.cohortMonth, locale, "short"), exact: true }) });
    await expect(row.getByRole("cell").first()).toHaveText(formatNumber(cohort.customers, locale));
  }

  const ages = page.getByRole("table", { name: t("retention.customerAgeCaption") });
  for (const month of metrics.revenueByCustomerAge) {
    const row = ages.getByRole("row").filter({ has: page.getByRole("rowheader", { name: formatMonth(month.month, locale, "long"), exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([
      `${mrrText(month.existingMrrMinor, locale)}${accountsText(month.existingCustomers, locale, t)}`,
      `${mrrText(month.newMrrMinor, locale)}${accountsText(month.newCustomers, locale, t)}`,
      ratioText(month.newShare, locale, t),
    ]);
  }
});
