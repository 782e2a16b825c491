import type { Page } from "@playwright/test";
import { expect, test, translatorOf } from "./support/demo";

// A whole year, so the demo company's history always has leads and closed deals in range.
const YEAR = "period=year";

async function openFunnel(page: Page) {
  await page.goto(`/dashboard/funnel?${YEAR}`);
}

test("LEADERSHIP sees the funnel's stage volumes and win rate", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await openFunnel(page);
  const t = await translatorOf(page);

  await expect(page.getByRole("heading", { level: 1, name: t("funnel.title") })).toBeVisible();
  const volumes = page.getByRole("table", { name: t("funnel.volumesTitle") });
  for (const stage of ["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"] as const) {
    const row = volumes.getByRole("row", { name: new RegExp(`^${t(`stage.${stage}`)}\\b`) });
    await expect(row.getByRole("cell").first()).toHaveText(/^\d[\d\s,.\u00a0]*$/);
  }
  await expect(page.getByRole("figure", { name: t("funnel.chartLabel") }).locator(".recharts-bar-rectangle").first()).toBeVisible();

  const winRate = page.getByRole("term").filter({ hasText: new RegExp(`^${t("funnel.winRate")}`) });
  await expect(winRate).toBeVisible();
  await expect(winRate.locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d[\d\s,.\u00a0]*\s?%$/);
});

test("the tab strip moves between Bow-tie and Funnel keeping the filters", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${YEAR}`);
  const t = await translatorOf(page);
  const tabs = page.getByRole("navigation", { name: t("dashboard.tabsLabel") });

  await expect(tabs.getByRole("link", { name: t("dashboard.tab.bowtie") })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: t("dashboard.tab.funnel") }).click();
  await expect(page).toHaveURL(/\/dashboard\/funnel\?period=year$/);
  await expect(page.getByRole("heading", { level: 1, name: t("funnel.title") })).toBeVisible();
  await expect(page.getByRole("form", { name: t("filters.label") }).getByLabel(t("filters.period"))).toHaveValue("year");

  await tabs.getByRole("link", { name: t("dashboard.tab.bowtie") }).click();
  await expect(page).toHaveURL(/\/dashboard\?period=year$/);
  await expect(page.getByRole("heading", { level: 2, name: t("bowtie.title") })).toBeVisible();
});

test("the funnel CSV answers 200 with a header row", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await openFunnel(page);
  const t = await translatorOf(page);

  const href = await page.getByRole("link", { name: t("funnel.downloadCsv") }).getAttribute("href");
  expect(href).toBe(`/api/dashboard/funnel.csv?${YEAR}`);

  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "stage,period_start,period_end,as_of,volume,period_conversion_to_next,cohort_entered,cohort_conversion_to_next,median_hours,p75_hours,in_stage,past_sla,sla_breach_share",
  );
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"]);
});

test("the funnel CSV refuses a caller who is not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/dashboard/funnel.csv");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

// A quarter that has ended: as-of is its end, so the page and the list it opens count at the same instant.
const CLOSED_QUARTER = `period=quarter&at=${new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10)}`;

test("a cohort cell and a rejection reason each drill down to exactly as many leads", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard/funnel?${CLOSED_QUARTER}`);
  const t = await translatorOf(page);

  for (const table of [t("funnel.cohortTitle"), t("funnel.qualityTitle")]) {
    const link = page.getByRole("table", { name: table }).getByRole("link").last();
    const shown = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByTestId("drill-count")).toHaveText(shown === "1" ? t("drill.countOne") : t("drill.count", { count: shown }));
    await page.getByRole("link", { name: t("drill.back") }).click();
    await expect(page).toHaveURL(/\/dashboard\/funnel\?period=quarter/);
  }
});

test("the trend, cohort, distribution and quality charts download as CSV", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await openFunnel(page);
  const headers = {
    trend: "month,stage,volume,period_conversion_to_next",
    cohorts: "entry_month,entered,furthest_stage,leads,share,reached_stage_or_later,as_of",
    stays: "stage,from_hours,to_hours,ended,still_in_stage,as_of",
    quality: "source,outcome,rejection_reason,leads,share",
  };
  for (const [chart, header] of Object.entries(headers)) {
    const response = await page.request.get(`/api/dashboard/funnel.csv?${YEAR}&chart=${chart}`);
    expect(response.status()).toBe(200);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(header);
    expect(lines.length).toBeGreaterThan(1);
  }
});
