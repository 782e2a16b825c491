import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { activeCriteriaIn } from "@/lib/bowtie/mql-inputs";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

const unique = () => randomBytes(4).toString("hex");

/**
 * A demo lead in awareness made to meet its segment's active MQL criteria: the fields the
 * criteria ask for, engagement above the line and a touch today. Its email and company
 * domain are new, so converting it creates a contact and an account of its own.
 */
async function qualifyingLead(): Promise<number> {
  const database = serverDatabase();
  const lead = await database.lead.findFirstOrThrow({
    where: { stage: "AWARENESS", status: { in: ["NEW", "NURTURE", "WORKING"] }, segment: { criteria: { some: { status: "ACTIVE" } } } },
    select: { id: true, segmentId: true },
    orderBy: { id: "desc" },
  });
  const criteria = (await activeCriteriaIn(database, lead.segmentId!))!;
  const { rule } = criteria;
  const tag = unique();
  await database.lead.update({
    where: { id: lead.id },
    data: {
      email: `e2e-${tag}@example.invalid`,
      company: `E2E ${tag} Oy`,
      companyDomain: `e2e-${tag}.example`,
      accountId: null,
      industry: rule.industries[0] ?? "Manufacturing",
      employees: rule.minEmployees ?? rule.maxEmployees ?? 100,
      country: rule.countries[0] ?? "FI",
      persona: rule.personas[0] ?? "EXECUTIVE",
      title: rule.titleKeywords[0] ?? "Director",
      engagementScore: Math.min(100, rule.minEngagementScore + 10),
    },
  });
  await database.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: new Date(Date.now() - 3_600_000), leadId: lead.id } });
  return lead.id;
}

const summary = (page: Page) => page.getByTestId("record-summary");
const firstEntry = (page: Page) => page.getByTestId("timeline").locator("li").first();

test("SALES qualifies, accepts and converts a lead, then wins its deal; each page and its history follow", async ({ pageAs }) => {
  const leadId = await qualifyingLead();
  const page = await pageAs("SALES");
  await page.goto(`/leads/${leadId}`);
  const t = await translatorOf(page);

  await expect(summary(page)).toContainText(t("stage.AWARENESS"));
  await expect(page.getByText(t("recordDetail.mql.qualifies"))).toBeVisible();

  await page.getByRole("button", { name: t("recordDetail.moves.qualify") }).click();
  await expect(summary(page)).toContainText(t("stage.CONSIDERATION"));
  await expect(summary(page)).toContainText(t("leadStatus.MQL"));
  await expect(firstEntry(page)).toContainText(t("recordDetail.timeline.move", { from: t("stage.AWARENESS"), to: t("stage.CONSIDERATION") }));

  await page.getByRole("button", { name: t("recordDetail.moves.accept") }).click();
  await expect(summary(page)).toContainText(t("stage.COMPARISON"));
  await expect(firstEntry(page)).toContainText(t("recordDetail.timeline.move", { from: t("stage.CONSIDERATION"), to: t("stage.COMPARISON") }));

  await page.getByText(t("recordDetail.moves.convert"), { exact: true }).click();
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

  await page.getByText(t("recordDetail.moves.reject"), { exact: true }).click();
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
