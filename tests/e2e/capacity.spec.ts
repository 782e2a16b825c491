import type { Locator, Page } from "@playwright/test";
import { moneyText, ratioText } from "@/components/funnel/format";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { addDays, customPeriod } from "@/lib/metrics/period";
import { loadCapacityMetrics, type CapacityMetrics } from "@/lib/metrics/queries/capacity";
import { loadDealOutcomes } from "@/lib/metrics/queries/capacity-deals";
import { nextStage } from "@/lib/metrics/period-conversion";
import { parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { defaultDealSize, PRESET_DEAL_SIZE } from "@/lib/validation/hourglass-scenario";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const day = (date: Date) => date.toISOString().slice(0, 10);
// A closed quarter keeps as-of at its end, so the server and this spec compute at the same
// instant; 100 days back always lies in a quarter that has ended.
const CLOSED_QUARTER = `period=quarter&at=${day(new Date(Date.now() - 100 * 86_400_000))}`;
const YEAR = "period=year";

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

/** The value of a figure in a list of terms and definitions (a MetricTile). */
function figure(list: Locator, term: string): Locator {
  return list.getByRole("term").filter({ hasText: new RegExp(`^${term}`) }).locator("xpath=following-sibling::dd[1]");
}

function chainTable(page: Page, t: Translate): Locator {
  return page.getByRole("table", { name: t("capacity.chain.title") });
}

function stageRow(page: Page, t: Translate, label: string): Locator {
  return chainTable(page, t).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${label}`) }) });
}

/**
 * The latest whole week in the demo's two years in which leads arrived faster than their
 * owning teams can handle (lib/metrics decides), newest first, so the spec follows the data.
 */
async function weekWithLeadBottleneck(): Promise<{ from: string; to: string; metrics: CapacityMetrics }> {
  const today = new Date(`${day(new Date())}T00:00:00.000Z`);
  for (let back = 1; back <= 104; back++) {
    const start = addDays(today, -7 * back);
    const metrics = await loadCapacityMetrics(serverDatabase(), { period: customPeriod(start, addDays(start, 7)), kind: "LEAD" });
    if (metrics.flow.bottleneck) return { from: day(start), to: day(addDays(start, 6)), metrics };
  }
  throw new Error("no week of the demo's history has a lead bottleneck");
}

test("LEADERSHIP sees the chain with the bottleneck marked and its records lost", async ({ pageAs }) => {
  const { from, to, metrics } = await weekWithLeadBottleneck();
  const bottleneck = metrics.flow.bottleneck!;
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?period=custom&from=${from}&to=${to}&kind=LEAD`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const label = t(`stage.${bottleneck.stage as "AWARENESS"}`);

  await expect(page.getByRole("heading", { level: 1, name: t("capacity.title") })).toBeVisible();
  await expect(chainTable(page, t).getByRole("rowheader")).toHaveCount(3);
  await expect(stageRow(page, t, label).getByText(t("capacity.bottleneck"), { exact: true })).toBeVisible();
  await expect(chainTable(page, t).getByText(t("capacity.bottleneck"), { exact: true })).toHaveCount(1);
  await expect(stageRow(page, t, label).getByRole("cell").last()).toHaveText(formatNumber(bottleneck.lost, locale));

  await expect(figure(page.getByLabel(t("capacity.summary.label"), { exact: true }), t("capacity.bottleneck"))).toHaveText(label);
  await expect(page.getByRole("figure", { name: t("capacity.chain.chartLabel") }).getByText(new RegExp(`${t("capacity.bottleneck")}$`))).toBeVisible();
});

test("the whole bow-tie is the default: seven stages, each with its owning teams", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const t = await translatorOf(page);

  await expect(chainTable(page, t).getByRole("rowheader")).toHaveCount(7);
  await expect(page.getByRole("navigation", { name: t("capacity.kind.label") }).getByRole("link", { name: t("capacity.kind.ACCOUNT") })).toHaveAttribute("aria-current", "true");
  await expect(stageRow(page, t, t("stage.COMPARISON")).getByRole("rowheader")).toContainText("Account executives");
});

test("the hourglass: the example gives 35 meetings and 5 sales, capacity 1,000 gives 50 and 8, and the address keeps the scenario", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const result = page.getByLabel(t("capacity.whatIf.result"), { exact: true });
  const meetings = () => figure(result, t("capacity.whatIf.meetings"));
  const sales = () => figure(result, t("capacity.whatIf.sales"));
  const visits = page.getByRole("slider", { name: t("capacity.whatIf.visits") });
  const capacity = page.getByRole("slider", { name: t("capacity.whatIf.capacity") });

  // Somewhere else first, so choosing the example has something to change.
  await visits.fill("1500");
  await expect(visits).toHaveAttribute("aria-valuetext", formatNumber(1_500, locale));
  await expect(meetings()).toHaveText("35"); // still capacity-bound: 700 × 5 %
  await page.getByRole("slider", { name: t("capacity.whatIf.meetingRate") }).fill("10");
  await expect(meetings()).toHaveText("70");

  const example = { visits: formatNumber(1_000, locale), capacity: formatNumber(700, locale), meetingRate: formatPercent(0.05, locale), saleRate: formatPercent(0.15, locale) };
  await page.getByRole("button", { name: t("capacity.whatIf.preset", example) }).click();
  await expect(visits).toHaveValue("1000");
  await expect(capacity).toHaveValue("700");
  await expect(meetings()).toHaveText("35");
  await expect(sales()).toHaveText("5");
  await expect(page).toHaveURL(/[?&]visits=1000&capacity=700&meetingRate=5&saleRate=15&dealSize=\d+$/);
  await expect(page).toHaveURL(/\?period=year&/);

  await capacity.fill("1000");
  await expect(meetings()).toHaveText("50");
  await expect(sales()).toHaveText("8");
  await expect(page.getByText(t("capacity.whatIf.free"))).toBeVisible();
  await expect(page).toHaveURL(/[?&]capacity=1000&/);

  // The keyboard moves the slider too: 999 handled × 5 % = 49.95 → 50 meetings × 15 % = 7.5 → 8 sales.
  await capacity.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(capacity).toHaveAttribute("aria-valuetext", formatNumber(999, locale));
  await expect(page).toHaveURL(/[?&]capacity=999&/);
  await expect(meetings()).toHaveText("50");
  await expect(sales()).toHaveText("8");

  // The address is the scenario: opened afresh, the server renders the same figures.
  const shared = page.url();
  const other = await pageAs("LEADERSHIP");
  await other.goto(shared);
  await expect(other.getByRole("slider", { name: t("capacity.whatIf.capacity") })).toHaveValue("999");
  await expect(figure(other.getByLabel(t("capacity.whatIf.result"), { exact: true }), t("capacity.whatIf.sales"))).toHaveText("8");
});

test("a scenario in the address is validated: unknown values fall back to the example, others are clamped", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}&visits=lots&capacity=-40&meetingRate=250&saleRate=15`);
  const t = await translatorOf(page);

  await expect(page.getByRole("slider", { name: t("capacity.whatIf.visits") })).toHaveValue("1000");
  await expect(page.getByRole("slider", { name: t("capacity.whatIf.capacity") })).toHaveValue("0");
  await expect(page.getByRole("slider", { name: t("capacity.whatIf.meetingRate") })).toHaveValue("100");
});

test("the record kind and the scenario survive a change of filters", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}&visits=1200`);
  const t = await translatorOf(page);

  await page.getByRole("navigation", { name: t("capacity.kind.label") }).getByRole("link", { name: t("capacity.kind.LEAD") }).click();
  await expect(page).toHaveURL(/\?period=year&kind=LEAD&visits=1200$/);
  await expect(chainTable(page, t).getByRole("rowheader")).toHaveCount(3);

  await page.getByRole("form", { name: t("filters.label") }).getByLabel(t("filters.period")).selectOption("quarter");
  await expect(page).toHaveURL(/\?period=quarter&kind=LEAD&visits=1200$/);
  await expect(page.getByRole("slider", { name: t("capacity.whatIf.visits") })).toHaveValue("1200");
});

test("a period without records says what is missing and still offers the example", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto("/dashboard/capacity?period=custom&from=2001-01-01&to=2001-01-31");
  const [t, locale] = [await translatorOf(page), await localeOf(page)];

  await expect(page.getByText(t("capacity.chain.empty.ACCOUNT"))).toBeVisible();
  await expect(page.getByText(t("capacity.whatIf.currentNone"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("capacity.whatIf.current") })).toBeDisabled();
  await expect(page.getByText(t("capacity.whatIf.dealSizeNone", { amount: moneyText(PRESET_DEAL_SIZE * 100, locale) }))).toBeVisible();
  await expect(figure(page.getByLabel(t("capacity.whatIf.result"), { exact: true }), t("capacity.whatIf.sales"))).toHaveText("5");
});

test("an inflow count drills down to exactly as many accounts as it shows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const t = await translatorOf(page);

  const entered = stageRow(page, t, t("stage.CONSIDERATION")).getByRole("cell").first().getByRole("link");
  const shown = (await entered.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);

  await entered.click();
  await expect(page.getByRole("heading", { level: 1, name: t("drill.stageEntries.ACCOUNT", { stage: t("stage.CONSIDERATION") }) })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 50) + 1);
});

test("the won deals behind the win rate and deal size drill down to as many deals", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const t = await translatorOf(page);

  const deals = page.getByLabel(t("capacity.whatIf.salesLabel"), { exact: true });
  const won = figure(deals, t("capacity.whatIf.wonDeals")).getByRole("link");
  const shown = (await won.innerText()).trim();
  const count = Number(shown.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);

  await won.click();
  await expect(page.getByRole("heading", { level: 1, name: t("capacity.drill.deals.WON") })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(count === 1 ? t("drill.countOne") : t("drill.count", { count: shown }));
  await page.getByRole("link", { name: t("drill.back") }).click();
  await expect(page).toHaveURL(/\/dashboard\/capacity\?period=year$/);
});

test("the capacity CSV answers 200 with its header and both chains", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const t = await translatorOf(page);

  const href = await page.getByRole("link", { name: t("capacity.downloadCsv") }).getAttribute("href");
  expect(href).toBe(`/api/dashboard/capacity.csv?${YEAR}`);
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "record_kind,stage,period_start,period_end,months,entered,moved_on_to_next,conversion_to_next,inflow_per_month,capacity_per_month,utilisation,handled_per_month,lost_per_month,output_per_month,bottleneck,owning_teams",
  );
  expect(lines.slice(1).map((line) => line.split(",").slice(0, 2).join(" "))).toEqual([
    ...["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"].map((stage) => `ACCOUNT ${stage}`),
    ...["AWARENESS", "CONSIDERATION", "COMPARISON"].map((stage) => `LEAD ${stage}`),
  ]);
});

test("the capacity CSV refuses a caller who is not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/dashboard/capacity.csv");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

test("MARKETING and SALES see the capacity page and its tab", async ({ pageAs }) => {
  for (const role of ["MARKETING", "SALES"] as const) {
    const page = await pageAs(role);
    await page.goto(`/dashboard/capacity?${YEAR}`);
    const t = await translatorOf(page);
    await expect(page.getByRole("heading", { level: 1, name: t("capacity.title") })).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link", { name: t("dashboard.tab.capacity") })).toHaveAttribute("aria-current", "page");
  }
});

for (const kind of ["ACCOUNT", "LEAD"] as const) {
  test(`the capacity page shows lib/metrics' figures for a closed quarter (${kind})`, async ({ pageAs }) => {
    const page = await pageAs("LEADERSHIP");
    await page.goto(`/dashboard/capacity?${CLOSED_QUARTER}&kind=${kind}`);
    const [t, locale] = [await translatorOf(page), await localeOf(page)];
    const filters = parseDashboardFilters(new URLSearchParams(CLOSED_QUARTER));
    const params = { period: resolvePeriod(filters, new Date()), filters: toMetricFilters(filters) };
    const [metrics, deals] = await Promise.all([
      loadCapacityMetrics(serverDatabase(), { ...params, kind }),
      loadDealOutcomes(serverDatabase(), params),
    ]);
    const number = (value: number) => formatNumber(value, locale);
    const last = metrics.counts.length - 1;

    for (const [index, counts] of metrics.counts.entries()) {
      const stage = metrics.stages[index]!;
      const flow = metrics.flow.stages[index]!;
      const next = index === last ? null : nextStage(counts.stage);
      const row = stageRow(page, t, t(`stage.${counts.stage}`));
      await expect(row.getByRole("rowheader")).toContainText((metrics.owners[counts.stage] ?? []).map((team) => team.name).join(", ") || t("capacity.chain.noOwner"));
      await expect(row.getByRole("cell")).toHaveText([
        number(counts.entered),
        next === null ? t("common.none") : number(counts.movedOn),
        next === null ? t("common.none") : ratioText(stage.conversion, locale, t),
        number(flow.inflow),
        stage.capacity === null ? t("capacity.chain.noLimit") : number(stage.capacity),
        ratioText(metrics.utilisation[index]!.utilisation, locale, t),
        number(flow.lost),
      ]);
    }

    const summary = page.getByLabel(t("capacity.summary.label"), { exact: true });
    await expect(figure(summary, t("capacity.throughput"))).toHaveText(number(metrics.flow.output));
    const bottleneck = metrics.flow.bottleneck;
    await expect(figure(summary, t("capacity.bottleneck"))).toHaveText(
      bottleneck ? t(`stage.${bottleneck.stage as "AWARENESS"}`) : t("capacity.bottleneckNone"),
    );

    const sales = page.getByLabel(t("capacity.whatIf.salesLabel"), { exact: true });
    await expect(figure(sales, t("capacity.whatIf.wonDeals"))).toHaveText(number(deals.won.deals));
    await expect(figure(sales, t("capacity.whatIf.closedDeals"))).toHaveText(number(deals.closedCount));
    await expect(figure(sales, t("capacity.whatIf.winRate"))).toHaveText(ratioText(deals.winRate, locale, t));
    await expect(page.getByLabel(t("capacity.whatIf.dealSize"), { exact: true })).toHaveValue(String(defaultDealSize(deals.averageDealSizeMinor)));
  });
}

test("the figures a slider cannot change stay put while the sliders move", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/capacity?${YEAR}`);
  const t = await translatorOf(page);
  const firstRow = stageRow(page, t, t("stage.AWARENESS"));
  const before = await firstRow.getByRole("cell").allInnerTexts();

  await page.getByRole("slider", { name: t("capacity.whatIf.visits") }).fill("1800");
  await expect(page).toHaveURL(/[?&]visits=1800&/);
  await expect(firstRow.getByRole("cell")).toHaveText(before);
});
