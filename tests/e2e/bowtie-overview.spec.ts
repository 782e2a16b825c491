import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { expect, messagePattern, test, translatorOf } from "./support/demo";

// The demo company's history ends today; the last 90 days always hold transitions,
// whatever day of the month the suite runs on.
function lastNinetyDays(): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const today = new Date();
  return `period=custom&from=${day(new Date(today.getTime() - 90 * 86_400_000))}&to=${day(today)}`;
}

test("LEADERSHIP sees the seven bow-tie stages with their numbers", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${lastNinetyDays()}`);
  const t = await translatorOf(page);

  await expect(page.getByRole("heading", { level: 1, name: t("dashboard.title") })).toBeVisible();
  const stages = page.getByRole("list", { name: t("bowtie.stagesLabel") }).getByRole("listitem");
  await expect(stages).toHaveCount(BOWTIE_STAGES.length);
  for (const stage of BOWTIE_STAGES) {
    const card = stages.filter({ has: page.getByRole("heading", { level: 3, name: t(`stage.${stage}`), exact: true }) });
    const volume = card.getByRole("link", { name: messagePattern((volume) => t("bowtie.drillVolume", { volume, stage: t(`stage.${stage}`) })) });
    await expect(volume).toHaveText(/^\d[\d\s,.\u00a0]*$/);
    await expect(volume).toHaveAttribute("href", new RegExp(`^/dashboard/records\\?period=custom&.*drill=stage-entries&kind=ACCOUNT&stage=${stage}$`));
  }
  await expect(page.getByRole("group", { name: t("bowtie.shapeLabel") }).getByRole("img")).toHaveCount(BOWTIE_STAGES.length);
});

test("changing the period in the filter bar updates the URL", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto("/dashboard");
  const t = await translatorOf(page);

  const filters = page.getByRole("form", { name: t("filters.label") });
  await filters.getByLabel(t("filters.period")).selectOption("quarter");
  await expect(page).toHaveURL(/\/dashboard\?period=quarter$/);
  await expect(filters.getByLabel(t("filters.quarter"))).toBeVisible();

  await filters.getByLabel(t("filters.period")).selectOption("year");
  await expect(page).toHaveURL(/\/dashboard\?period=year$/);
  await expect(page.getByRole("heading", { level: 2, name: t("bowtie.title") })).toBeVisible();
});

test("the CSV download answers 200 with a header row", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${lastNinetyDays()}`);
  const t = await translatorOf(page);

  const link = page.getByRole("link", { name: t("bowtie.downloadCsv") });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/dashboard\/bowtie\.csv\?period=custom/);

  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "stage,period_start,period_end,volume,conversion_to_next,median_hours,previous_period_start,previous_period_end,previous_volume,previous_conversion_to_next,previous_median_hours,bottleneck",
  );
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([...BOWTIE_STAGES]);
});

test("the CSV refuses a caller who is not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/dashboard/bowtie.csv");
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

test("a stage volume drills down to exactly as many accounts as it shows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${lastNinetyDays()}`);
  const t = await translatorOf(page);

  const card = page
    .getByRole("list", { name: t("bowtie.stagesLabel") })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: t("stage.CONSIDERATION"), exact: true }) });
  const volume = card.getByRole("link", { name: messagePattern((volume) => t("bowtie.drillVolume", { volume, stage: t("stage.CONSIDERATION") })) });
  const shown = (await volume.innerText()).trim();
  expect(Number(shown.replace(/\D/g, ""))).toBeGreaterThan(0);

  await volume.click();
  await expect(page.getByRole("heading", { level: 1, name: t("drill.stageEntries.ACCOUNT", { stage: t("stage.CONSIDERATION") }) })).toBeVisible();
  await expect(page.getByTestId("drill-count")).toHaveText(t("drill.count", { count: shown }));
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(Math.min(Number(shown.replace(/\D/g, "")), 50) + 1);

  await page.getByRole("link", { name: t("drill.back") }).click();
  await expect(page).toHaveURL(/\/dashboard\?period=custom/);
});

test("on paper the dashboard drops the shell and controls and says what it shows", async ({ pageAs }) => {
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/dashboard?${lastNinetyDays()}`);
  const t = await translatorOf(page);
  const filters = page.getByRole("form", { name: t("filters.label") });
  const allRecords = page.getByText(t("dashboard.allRecords"));
  await expect(filters).toBeVisible();
  await expect(allRecords).toBeHidden();

  await page.emulateMedia({ media: "print" });
  await expect(filters).toBeHidden();
  await expect(page.getByRole("navigation", { name: t("nav.label") })).toBeHidden();
  await expect(page.getByRole("link", { name: t("bowtie.downloadCsv") })).toBeHidden();
  await expect(allRecords).toBeVisible();
  await expect(page.getByRole("list", { name: t("bowtie.stagesLabel") })).toBeVisible();
});
