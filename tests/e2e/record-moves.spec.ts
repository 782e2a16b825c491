import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { activeCriteriaIn } from "@/lib/bowtie/mql-inputs";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const unique = () => randomBytes(4).toString("hex");

/**
 * What marketing automation records for a lead that engages: a webinar attended an hour ago
 * and the engagement score it earns, enough for its segment's active criteria.
 */
async function engage(leadId: number, minEngagementScore: number) {
  const database = serverDatabase();
  await database.lead.update({ where: { id: leadId }, data: { engagementScore: Math.min(100, minEngagementScore + 10) } });
  await database.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: new Date(Date.now() - 3_600_000), leadId } });
}

const summary = (page: Page) => page.getByTestId("record-summary");
const firstEntry = (page: Page) => page.getByTestId("timeline").locator("li").first();

test("SALES creates a lead, qualifies, accepts and converts it, then wins its deal; each page and its history follow", async ({ pageAs }) => {
  const database = serverDatabase();
  const segment = await database.segment.findFirstOrThrow({ where: { criteria: { some: { status: "ACTIVE" } } }, orderBy: { priority: "asc" } });
  const { rule } = (await activeCriteriaIn(database, segment.id))!;
  const tag = unique();
  const page = await pageAs("SALES");
  await page.goto("/leads");
  const t = await translatorOf(page);

  // Created through the form, with the company facts the segment's MQL criteria ask for.
  await page.getByRole("link", { name: t("recordForms.new.LEAD") }).click();
  await page.getByLabel(t("recordForms.field.firstName")).fill("Iida");
  await page.getByLabel(t("recordForms.field.lastName")).fill(`Journey ${tag}`);
  await page.getByLabel(t("recordForms.field.email")).fill(`iida-${tag}@example.invalid`);
  await page.getByLabel(t("recordForms.field.title")).fill(rule.titleKeywords[0] ?? "Director");
  if (rule.personas[0]) await page.getByLabel(t("recordForms.field.persona")).selectOption(rule.personas[0]);
  await page.getByLabel(t("recordForms.field.company"), { exact: true }).fill(`E2E ${tag} Oy`);
  await page.getByLabel(t("recordForms.field.companyDomain")).fill(`e2e-${tag}.example`);
  await page.getByLabel(t("recordForms.field.industry")).fill(rule.industries[0] ?? "Manufacturing");
  await page.getByLabel(t("recordForms.field.employees")).fill(String(rule.minEmployees ?? rule.maxEmployees ?? 100));
  await page.getByLabel(t("recordForms.field.country")).fill(rule.countries[0] ?? "FI");
  await page.getByLabel(t("recordForms.field.source")).selectOption("WEBINAR");
  await page.getByLabel(t("recordForms.field.segmentId")).selectOption(String(segment.id));
  await page.getByRole("button", { name: t("recordForms.create") }).click();
  await expect(page).toHaveURL(/\/leads\/\d+$/);
  const leadId = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(summary(page)).toContainText(t("stage.AWARENESS"));
  await expect(page.getByText(t("recordDetail.mql.qualifies"))).toHaveCount(0);

  await engage(leadId, rule.minEngagementScore);
  await page.reload();
  await expect(summary(page)).toContainText(t("stage.AWARENESS"));
  await expect(page.getByText(t("recordDetail.mql.qualifies"))).toBeVisible();

  await page.getByRole("button", { name: t("recordDetail.moves.qualify") }).click();
  await expect(summary(page)).toContainText(t("stage.CONSIDERATION"));
  await expect(summary(page)).toContainText(t("leadStatus.MQL"));
  await expect(firstEntry(page)).toContainText(t("recordDetail.timeline.move", { from: t("stage.AWARENESS"), to: t("stage.CONSIDERATION") }));

  await page.getByRole("button", { name: t("recordDetail.moves.accept") }).click();
  await expect(summary(page)).toContainText(t("stage.COMPARISON"));
  await expect(firstEntry(page)).toContainText(t("recordDetail.timeline.move", { from: t("stage.CONSIDERATION"), to: t("stage.COMPARISON") }));

  await page.getByText(t("recordDetail.moves.convert")).click();
  await page.getByLabel(t("recordDetail.moves.dealName")).fill("E2E platform");
  await page.getByLabel(t("recordDetail.moves.dealAmount")).fill("12 000");
  await page.getByLabel(t("recordDetail.moves.dealCloseDate")).fill("2027-03-31");
  await page.getByRole("button", { name: t("recordDetail.moves.convertSubmit") }).click();
  await expect(summary(page)).toContainText(t("leadStatus.CONVERTED"));
  await expect(page.getByText(t("recordDetail.moves.none"))).toBeVisible();

  await page.getByRole("link", { name: "E2E platform" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E platform" })).toBeVisible();
  await expect(summary(page)).toContainText(t("dealStatus.OPEN"));
  await page.getByRole("button", { name: t("recordDetail.moves.win") }).click();
  await expect(summary(page)).toContainText(t("dealStatus.WON"));
  await expect(summary(page)).toContainText(t("stage.PURCHASE"));
  await expect(page.getByTestId("timeline")).toContainText(t("recordDetail.timeline.move", { from: t("stage.COMPARISON"), to: t("stage.PURCHASE") }));

  // The account the conversion created is now a customer, and lists the lead and the deal.
  await page.getByRole("link", { name: /^E2E .* Oy$/ }).first().click();
  await expect(summary(page)).toContainText(t("stage.PURCHASE"));
  await expect(page.getByRole("link", { name: "E2E platform" })).toBeVisible();
  await expect(page.getByRole("button", { name: t("recordDetail.moves.startOnboarding") })).toBeVisible();
});

test("SALES rejects a marketing-qualified lead with a reason; the lead goes back to awareness", async ({ pageAs }) => {
  const lead = await serverDatabase().lead.findFirstOrThrow({ where: { stage: "CONSIDERATION", status: "MQL" }, select: { id: true }, orderBy: { id: "desc" } });
  const page = await pageAs("SALES");
  await page.goto(`/leads/${lead.id}`);
  const t = await translatorOf(page);

  await page.getByText(t("recordDetail.moves.reject")).click();
  await page.getByLabel(t("recordDetail.moves.rejectReason")).selectOption("NO_BUDGET");
  await page.getByLabel(t("recordDetail.moves.rejectNote")).fill("Budget opens in the autumn");
  await page.getByRole("button", { name: t("recordDetail.moves.rejectSubmit") }).click();

  await expect(summary(page)).toContainText(t("leadStatus.REJECTED"));
  await expect(summary(page)).toContainText(t("stage.AWARENESS"));
  await expect(firstEntry(page)).toContainText(t("recordDetail.timeline.move", { from: t("stage.CONSIDERATION"), to: t("stage.AWARENESS") }));
  await expect(page.getByText("Budget opens in the autumn")).toBeVisible();
  await expect(page.getByText(t("rejectionReason.NO_BUDGET")).first()).toBeVisible();
});

test("LEADERSHIP reads a lead but is offered no moves; a missing record is a 404", async ({ pageAs }) => {
  const lead = await serverDatabase().lead.findFirstOrThrow({ where: { stage: "CONSIDERATION" }, select: { id: true } });
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/leads/${lead.id}`);
  const t = await translatorOf(page);
  await expect(page.getByText(t("recordDetail.moves.readOnly"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("recordDetail.moves.accept") })).toHaveCount(0);

  const missing = await page.goto("/deals/2147483647");
  expect(missing?.status()).toBe(404);
});

test("SALES converts a lead into an existing account that its company name did not suggest, found by searching", async ({ pageAs }) => {
  const database = serverDatabase();
  const account = await database.account.findFirstOrThrow({ where: { domain: { not: null } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
  const lead = await database.lead.create({
    data: { firstName: "Aino", lastName: `Haku${unique()}`, company: `Unmatched ${unique()}`, source: "WEB", createdAt: new Date("2015-02-01") },
    select: { id: true },
  });
  const page = await pageAs("SALES");
  await page.goto(`/leads/${lead.id}`);
  const t = await translatorOf(page);

  await page.getByText(t("recordDetail.moves.convert")).click();
  // Nothing matches the lead's company, so a new account is offered first; an existing one can still be found.
  await expect(page.getByLabel(t("recordDetail.moves.accountNew"))).toBeChecked();
  await page.getByLabel(t("recordDetail.moves.accountExisting")).check();
  await page.getByLabel(t("recordDetail.moves.accountPick"), { exact: true }).fill(account.name.slice(0, 8));
  await page.getByRole("option", { name: account.name }).first().click();
  await page.getByLabel(t("recordDetail.moves.dealName")).fill("Found by search");
  await page.getByLabel(t("recordDetail.moves.dealAmount")).fill("5 000");
  await page.getByLabel(t("recordDetail.moves.dealCloseDate")).fill("2027-04-30");
  await page.getByRole("button", { name: t("recordDetail.moves.convertSubmit") }).click();

  await expect(summary(page)).toContainText(t("leadStatus.CONVERTED"));
  const converted = await database.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { accountId: true, convertedDeal: { select: { accountId: true } } } });
  expect(converted).toEqual({ accountId: account.id, convertedDeal: { accountId: account.id } });
});
