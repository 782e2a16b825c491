import type { Page } from "@playwright/test";
import { moneyText, ratioText } from "@/components/funnel/format";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { loadSourceAttribution } from "@/lib/metrics/queries/sources-attribution";
import { loadSourceFactory } from "@/lib/metrics/queries/sources-factory";
import type { SourceAttributionRow } from "@/lib/metrics/source-attribution";
import { FACTORY_STEPS } from "@/lib/metrics/source-factory";
import { LEAD_SOURCES, parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

// A quarter that has ended (100 days back always lies in one), so as-of is its end for the
// server and for this spec alike, and the demo company has closed deals in it.
const day = (date: Date) => date.toISOString().slice(0, 10);
const QUERY = `period=quarter&at=${day(new Date(Date.now() - 100 * 86_400_000))}`;

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

const factoryTable = (page: Page, t: Translate) => page.getByRole("table", { name: t("sources.factoryTitle") });
const attributionTable = (page: Page, t: Translate) => page.getByRole("table", { name: t("sources.attributionTitle") });
const rowOf = (page: Page, table: ReturnType<Page["getByRole"]>, name: string) =>
  table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test("LEADERSHIP sees the customer factory and the attribution of closed deals", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}`);
  const t = await translatorOf(page);

  await expect(page.getByRole("heading", { level: 1, name: t("sources.title") })).toBeVisible();
  await expect(page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link", { name: t("dashboard.tab.sources") })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const factory = factoryTable(page, t);
  for (const step of FACTORY_STEPS) await expect(factory.getByRole("columnheader", { name: new RegExp(`^${t(`sources.step.${step}`)}\\b`) })).toBeVisible();
  for (const source of LEAD_SOURCES) {
    await expect(rowOf(page, factory, t(`leadSource.${source}`)).getByRole("link")).toHaveCount(FACTORY_STEPS.length);
  }
  await expect(page.getByRole("figure", { name: t("sources.factoryChartLabel") }).locator(".recharts-bar-rectangle").first()).toBeVisible();

  const attribution = attributionTable(page, t);
  await expect(rowOf(page, attribution, t("sources.allSources")).getByRole("link")).toHaveCount(2);
  await expect(page.getByRole("figure", { name: t("sources.attributionChartLabel", { model: t("sources.model.W_SHAPED") }) })).toBeVisible();
});

test("switching the attribution model changes the URL and the credited figures", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}`);
  const t = await translatorOf(page);
  const models = page.getByRole("navigation", { name: t("sources.modelLabel") });
  const credits = async () => attributionTable(page, t).getByRole("row").allInnerTexts();

  await expect(models.getByRole("link", { name: t("sources.model.W_SHAPED") })).toHaveAttribute("aria-current", "true");
  const wShaped = await credits();

  await models.getByRole("link", { name: t("sources.model.FIRST_TOUCH") }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/sources\\?${QUERY}&model=FIRST_TOUCH$`));
  await expect(models.getByRole("link", { name: t("sources.model.FIRST_TOUCH") })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("figure", { name: t("sources.attributionChartLabel", { model: t("sources.model.FIRST_TOUCH") }) })).toBeVisible();
  expect(await credits()).not.toEqual(wShaped);

  // The filter bar keeps the model when the period changes.
  await page.getByRole("form", { name: t("filters.label") }).getByLabel(t("filters.period")).selectOption("year");
  await expect(page).toHaveURL(/\/dashboard\/sources\?period=year&model=FIRST_TOUCH$/);
  await expect(models.getByRole("link", { name: t("sources.model.FIRST_TOUCH") })).toHaveAttribute("aria-current", "true");

  // An unknown model in the URL is the default one.
  await page.goto(`/dashboard/sources?${QUERY}&model=U_SHAPED`);
  await expect(models.getByRole("link", { name: t("sources.model.W_SHAPED") })).toHaveAttribute("aria-current", "true");
});

test("a factory count drills down to exactly as many leads as it shows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}`);
  const t = await translatorOf(page);

  const accepted = rowOf(page, factoryTable(page, t), t("sources.allSources")).getByRole("link").nth(FACTORY_STEPS.indexOf("accepted"));
  const shown = (await accepted.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);

  await accepted.click();
  await expect(page.getByRole("heading", { level: 1, name: t("sources.drill.cohort.accepted", { source: t("sources.allSources") }) })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 50) + 1);

  await page.getByRole("link", { name: t("drill.back") }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/sources\\?${QUERY}$`));
});

test("a credited-deals count drills down to exactly as many deals as it shows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}&model=LINEAR`);
  const t = await translatorOf(page);

  // The first row holds the most won credit, so its won deals are never none.
  const won = attributionTable(page, t).locator("tbody tr").first().getByRole("link").first();
  const shown = (await won.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await expect(won).toHaveAttribute("href", /drill=sources-credited&.*outcome=WON&model=LINEAR/);

  await won.click();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 50) + 1);
});

test("each chart's CSV answers with its header", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}&model=LAST_TOUCH`);
  const t = await translatorOf(page);

  const headerOf = async (name: string) => {
    const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    return { href, lines: (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n") };
  };

  const factory = await headerOf(t("sources.factoryCsv"));
  expect(factory.href).toBe(`/api/dashboard/sources.csv?${QUERY}&chart=factory`);
  expect(factory.lines[0]).toBe(
    "source,period_start,period_end,as_of,leads,mqls,mql_rate,accepted,accepted_rate,meetings,meeting_rate,offers,offer_rate,won,won_rate,lead_to_won",
  );
  expect(factory.lines.at(-1)).toMatch(/^ALL,/);

  const attribution = await headerOf(t("sources.attributionCsv"));
  expect(attribution.href).toBe(`/api/dashboard/sources.csv?${QUERY}&model=LAST_TOUCH&chart=attribution`);
  expect(attribution.lines[0]).toBe(
    "source,model,period_start,period_end,won_credited_deals,won_deals,won_credited_amount_minor,lost_credited_deals,lost_deals,lost_credited_amount_minor,currency",
  );
  expect(attribution.lines[1]).toMatch(/^[A-Z_]+,LAST_TOUCH,/);

  // The page's own CSV button is the factory's.
  expect((await headerOf(t("sources.downloadCsv"))).lines[0]).toBe(factory.lines[0]);
});

test("the sources CSV refuses a caller who is not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/dashboard/sources.csv?chart=attribution");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

for (const role of ["MARKETING", "SALES"] as const) {
  test(`${role} sees the sources page`, async ({ pageAs }) => {
    const page = await pageAs(role);
    await page.goto(`/dashboard/sources?${QUERY}`);
    const t = await translatorOf(page);

    await expect(page.getByRole("heading", { level: 1, name: t("sources.title") })).toBeVisible();
    await expect(factoryTable(page, t)).toBeVisible();
    await expect(attributionTable(page, t)).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link", { name: t("dashboard.tab.sources") })).toBeVisible();
  });
}

test("the sources page shows lib/metrics' factory and attribution figures", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/sources?${QUERY}&model=FIRST_TOUCH`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const filters = parseDashboardFilters(new URLSearchParams(QUERY));
  const period = resolvePeriod(filters, new Date());
  const query = { period, asOf: period.end, filters: toMetricFilters(filters) };
  const [factory, attribution] = await Promise.all([
    loadSourceFactory(serverDatabase(), query),
    loadSourceAttribution(serverDatabase(), query, "FIRST_TOUCH"),
  ]);

  const factoryRows = factoryTable(page, t);
  for (const line of [...factory.sources, factory.total]) {
    const row = rowOf(page, factoryRows, line.source ? t(`leadSource.${line.source}`) : t("sources.allSources"));
    await expect(row.getByRole("link")).toHaveText(line.steps.map((figure) => formatNumber(figure.count, locale)));
    await expect(row.getByRole("cell").locator("span")).toHaveText(line.steps.slice(1).map((figure) => ratioText(figure.conversion, locale, t)));
    await expect(row.getByRole("cell").last()).toHaveText(ratioText(line.leadToWon, locale, t));
  }

  const attributionRows = attributionTable(page, t);
  const cells = (row: SourceAttributionRow) =>
    [row.won, row.lost].flatMap((credit) => [formatNumber(credit.credit, locale, 1), formatNumber(credit.deals, locale), moneyText(credit.amountMinor, locale)]);
  for (const row of attribution.sources) {
    const name = row.source ? t(`leadSource.${row.source}`) : t("sources.untouched");
    await expect(rowOf(page, attributionRows, name).getByRole("cell")).toHaveText(cells(row));
  }
  await expect(rowOf(page, attributionRows, t("sources.allSources")).getByRole("cell")).toHaveText(cells(attribution.total));
});
