import type { Page } from "@playwright/test";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const figure = (text: string) => Number(text.replace(/[^\d]/g, ""));

/**
 * The segment this spec changes the MQL agreement of. Specs share the demo database and run
 * side by side, so it is one no other spec builds on: not the first segment (the lead journey
 * qualifies a new lead under its criteria) and not the one holding the newest MQL (the
 * rejection spec picks that lead). Its funnel is read filtered to it, so moves elsewhere do
 * not count. The stricter version stays in force afterwards: nothing else reads it.
 */
async function quietSegment() {
  const database = serverDatabase();
  const segments = await database.segment.findMany({ orderBy: { priority: "asc" }, select: { id: true, nameEn: true, nameFi: true } });
  const newestMql = await database.lead.findFirstOrThrow({ where: { stage: "CONSIDERATION", status: "MQL" }, orderBy: { id: "desc" }, select: { segmentId: true } });
  const segment = segments.slice(1).reverse().find((candidate) => candidate.id !== newestMql.segmentId);
  if (!segment) throw new Error("the demo company needs a third segment for this spec");
  return segment;
}

async function localeOf(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

/** The funnel's "In stage now" for consideration, in one segment. */
async function considerationNow(page: Page, segmentId: number): Promise<number> {
  await page.goto(`/dashboard/funnel?segment=${segmentId}`);
  const t = await translatorOf(page);
  const row = page.getByRole("table", { name: t("funnel.slaLabel") }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: t("stage.CONSIDERATION"), exact: true }) });
  return figure(await row.getByRole("cell").first().innerText());
}

test("an admin drafts a stricter MQL rule, sales and marketing approve it, and the funnel's consideration count moves by the previewed amount", async ({ pageAs }) => {
  // Four pages of a large demo company, two of them the funnel: more than the default half minute.
  test.setTimeout(120_000);
  const segment = await quietSegment();
  const admin = await pageAs("ADMIN");
  const before = await considerationNow(admin, segment.id);

  // The admin starts a draft from the version in force and raises the engagement threshold.
  await admin.goto("/settings/mql");
  let t = await translatorOf(admin);
  const nameIn = async (page: Page) => ((await localeOf(page)) === "fi" ? segment.nameFi : segment.nameEn);
  const name = await nameIn(admin);
  const card = admin.locator("section").filter({ has: admin.getByRole("heading", { level: 2, name, exact: true }) });
  await card.getByRole("link", { name: t("settingsMql.newDraft") }).click();
  await expect(admin).toHaveURL(new RegExp(`/settings/mql/new\\?segment=${segment.id}$`));

  const preview = admin.getByTestId("mql-preview");
  const score = admin.getByLabel(t("settingsMql.field.minEngagementScore"));
  const stricter = Math.min(100, Number(await score.inputValue()) + 15);
  await score.fill(String(stricter));
  await expect(preview).toHaveAttribute("aria-busy", "true");
  await expect(preview).not.toHaveAttribute("aria-busy", "true", { timeout: 20_000 });
  const newly = figure(await admin.getByTestId("preview-newly").innerText());
  const stop = figure(await admin.getByTestId("preview-stop").innerText());
  // A stricter rule qualifies no one new; some current MQLs fall short of it.
  expect(newly).toBe(0);
  expect(stop).toBeGreaterThan(0);

  await admin.getByLabel(t("settingsMql.field.notes")).fill("Raise the bar: only clearly engaged leads go to sales.");
  await admin.getByRole("button", { name: t("settingsMql.builder.save") }).click();
  await expect(admin).toHaveURL(/\/settings\/mql\/versions\/\d+$/);
  const draft = await serverDatabase().mqlCriteria.findFirstOrThrow({ where: { segmentId: segment.id, status: "DRAFT" }, select: { version: true, minEngagementScore: true } });
  expect(draft.minEngagementScore).toBe(stricter);
  await expect(admin.getByTestId("version-history")).toContainText(t("settingsMql.awaiting"));

  // Sales and marketing each approve it on their own page, in their own browser.
  const label = async (page: Page) => (await translatorOf(page))("settingsMql.versionOf", { segment: await nameIn(page), version: draft.version });
  const sales = await pageAs("SALES");
  await sales.goto("/mql");
  t = await translatorOf(sales);
  const salesDraft = sales.getByRole("article", { name: await label(sales) });
  await expect(salesDraft.getByTestId("mql-preview")).toBeVisible();
  await salesDraft.getByRole("button", { name: t("settingsMql.approve.submit", { version: draft.version, side: t("settingsMql.side.SALES") }) }).click();
  await expect(sales.getByTestId("approval-outcome")).toHaveText(t("settingsMql.approve.waiting", { version: draft.version, side: t("settingsMql.side.MARKETING") }));

  const marketing = await pageAs("MARKETING");
  await marketing.goto("/mql");
  t = await translatorOf(marketing);
  const marketingDraft = marketing.getByRole("article", { name: await label(marketing) });
  await marketingDraft.getByRole("button", { name: t("settingsMql.approve.submit", { version: draft.version, side: t("settingsMql.side.MARKETING") }) }).click();
  const locale = await localeOf(marketing);
  await expect(marketing.getByTestId("approval-outcome")).toHaveText(
    t("settingsMql.approve.activated", { version: draft.version, qualified: formatNumber(newly, locale), unqualified: formatNumber(stop, locale), skipped: formatNumber(0, locale) }),
  );

  // The version is in force and the funnel shows exactly the previewed change.
  expect(await considerationNow(admin, segment.id)).toBe(before - stop + newly);
  await admin.goto("/settings/mql");
  t = await translatorOf(admin);
  const versions = admin.getByRole("table", { name: t("settingsMql.versionsOf", { segment: await nameIn(admin) }) });
  const statusOf = (version: number) => versions.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: `v${version}`, exact: true }) }).getByRole("cell").first();
  await expect(statusOf(draft.version)).toHaveText(t("settingsMql.status.ACTIVE"));
  await expect(statusOf(draft.version - 1)).toHaveText(t("settingsMql.status.SUPERSEDED"));
});
