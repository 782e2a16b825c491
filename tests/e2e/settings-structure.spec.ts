import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { segmentAssignment } from "@/lib/metrics/segment-assignment";
import { loadAssignmentFlows } from "@/lib/settings/segments/assignment-flows";
import { parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

/*
 * The admin's structure settings against the shared demo database: each test restores what
 * it changed, and the segment edit only touches an account of its own (no demo account has
 * four million employees), so other specs see the demo company as it was.
 */

// A closed quarter: as-of is its end, so the funnel page and this spec count at the same instant.
const CLOSED_QUARTER = `period=quarter&at=${new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10)}`;

const localeOf = async (page: Page): Promise<Locale> => ((await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en");

async function comparisonPastSla() {
  const filters = parseDashboardFilters(new URLSearchParams(CLOSED_QUARTER));
  const period = resolvePeriod(filters, new Date());
  const metrics = await loadFunnelMetrics(serverDatabase(), { period, asOf: period.end, filters: toMetricFilters(filters), kind: "LEAD" });
  return metrics.sla.find((row) => row.stage === "COMPARISON")!.pastSla;
}

test("ADMIN changes a stage's SLA and the funnel's past-SLA figure follows", async ({ pageAs }) => {
  const database = serverDatabase();
  const original = await database.stageDefinition.findUniqueOrThrow({ where: { stage: "COMPARISON" }, select: { slaHours: true } });
  const page = await pageAs("ADMIN");
  try {
    const before = await comparisonPastSla();
    await page.goto("/settings/stages");
    const [t, locale] = [await translatorOf(page), await localeOf(page)];
    const editor = page.getByTestId("stage-COMPARISON");
    await editor.locator("summary").click();
    await editor.getByLabel(t("settingsStructure.field.slaHours")).fill("1");
    await editor.getByRole("button", { name: t("settingsStructure.save") }).click();
    await expect(editor.getByRole("status")).toHaveText(t("settingsStructure.saved"));
    await expect(editor.getByTestId("stage-sla")).toHaveText(t("common.hours", { hours: formatNumber(1, locale) }));

    const after = await comparisonPastSla();
    expect(after).toBeGreaterThan(before);
    await page.goto(`/dashboard/funnel?${CLOSED_QUARTER}`);
    const row = page.getByRole("table", { name: t("funnel.slaLabel") }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: t("stage.COMPARISON") }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText(formatNumber(after, locale));
  } finally {
    await database.stageDefinition.update({ where: { stage: "COMPARISON" }, data: { slaHours: original.slaHours } });
  }
});

test("ADMIN changes who owns a stage in a segment, sees it saved, and puts it back", async ({ pageAs }) => {
  const database = serverDatabase();
  const segment = await database.segment.findFirstOrThrow({ where: { key: "volume" }, select: { id: true, nameEn: true, nameFi: true } });
  const owner = await database.stageOwner.findUniqueOrThrow({ where: { stage_segmentId: { stage: "ONBOARDING", segmentId: segment.id } }, select: { mode: true } });
  const other = owner.mode === "H2H" ? "DIGITAL" : "H2H";
  const page = await pageAs("ADMIN");
  await page.goto("/settings/stages");
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const name = locale === "fi" ? segment.nameFi : segment.nameEn;
  const stage = (await database.stageDefinition.findUniqueOrThrow({ where: { stage: "ONBOARDING" } }))[locale === "fi" ? "labelFi" : "labelEn"];
  const mode = page.getByLabel(t("settingsStructure.model.mode", { stage, segment: name }));
  const save = page.getByRole("button", { name: t("settingsStructure.model.saveSegment", { segment: name }) });
  try {
    await mode.selectOption(other);
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: t("settingsStructure.saved") })).toBeVisible();
    expect(await database.stageOwner.findUniqueOrThrow({ where: { stage_segmentId: { stage: "ONBOARDING", segmentId: segment.id } } })).toMatchObject({ mode: other });
    const entry = await database.auditLog.findFirstOrThrow({ where: { action: "settings.salesModel.update", entityId: String(segment.id) }, orderBy: { id: "desc" } });
    expect(entry.before).toMatchObject({ ONBOARDING: { mode: owner.mode } });
    expect(entry.after).toMatchObject({ ONBOARDING: { mode: other } });

    await mode.selectOption(owner.mode);
    await save.click();
    await expect.poll(async () => (await database.stageOwner.findUniqueOrThrow({ where: { stage_segmentId: { stage: "ONBOARDING", segmentId: segment.id } } })).mode).toBe(owner.mode);
  } finally {
    await database.stageOwner.update({ where: { stage_segmentId: { stage: "ONBOARDING", segmentId: segment.id } }, data: { mode: owner.mode } });
  }
});

test("a save of the sales-model column over another admin's newer one names the teams, not their ids", async ({ pageAs }) => {
  const database = serverDatabase();
  const segment = await database.segment.findFirstOrThrow({ where: { key: "mid-market" }, select: { id: true, nameEn: true, nameFi: true } });
  const where = { stage_segmentId: { stage: "EXPANSION" as const, segmentId: segment.id } };
  const owner = await database.stageOwner.findUniqueOrThrow({ where, select: { mode: true, team: { select: { id: true, name: true } } } });
  const other = owner.mode === "H2H" ? "DIGITAL" : "H2H";
  const page = await pageAs("ADMIN");
  await page.goto("/settings/stages");
  const [t, locale] = [await translatorOf(page), await localeOf(page)];
  const name = locale === "fi" ? segment.nameFi : segment.nameEn;
  try {
    // Another admin changes the way of working after this page was opened.
    await database.stageOwner.update({ where, data: { mode: other } });
    await page.getByRole("button", { name: t("settingsStructure.model.saveSegment", { segment: name }) }).click();
    const panel = page.getByTestId("conflict-panel");
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(
      t("settingsStructure.conflict.change", {
        from: t("settingsStructure.model.ownerCell", { team: owner.team.name, mode: t(`settingsStructure.model.mode.${owner.mode}`) }),
        to: t("settingsStructure.model.ownerCell", { team: owner.team.name, mode: t(`settingsStructure.model.mode.${other}`) }),
        yours: t("settingsStructure.model.ownerCell", { team: owner.team.name, mode: t(`settingsStructure.model.mode.${owner.mode}`) }),
      }),
    );
    await expect(panel).not.toContainText(`#${owner.team.id}`);
  } finally {
    await database.stageOwner.update({ where, data: { mode: owner.mode } });
  }
});

test("ADMIN narrows a segment rule, previews it, saves and re-assigns exactly what the preview said", async ({ pageAs }) => {
  const database = serverDatabase();
  const segments = await database.segment.findMany({ orderBy: { priority: "asc" } });
  const enterprise = segments.find((segment) => segment.key === "enterprise")!;
  const row = segments.indexOf(enterprise) + 1;
  const giant = await database.account.create({
    data: { name: `Jättiläinen ${randomBytes(3).toString("hex")} Oy`, industry: "Manufacturing", country: "FI", employees: 4_500_000, segmentId: enterprise.id },
    select: { id: true },
  });
  const page = await pageAs("ADMIN");
  try {
    await page.goto("/settings/segments");
    const [t, locale] = [await translatorOf(page), await localeOf(page)];
    const number = (value: number) => formatNumber(value, locale);
    const upper = page.getByLabel(t("settingsStructure.segments.fieldLabel", { field: `${t("settingsStructure.segments.employees")} ${t("settingsStructure.segments.max")}`, row }), { exact: true });
    await upper.fill("4000000");
    await page.getByRole("button", { name: t("settingsStructure.segments.preview") }).click();

    // The preview's figures are lib/metrics' over the same rules.
    const edited = segments.map((segment) => (segment.id === enterprise.id ? { ...segment, maxEmployees: 4_000_000 } : segment));
    const flows = await loadAssignmentFlows(database, edited, edited.map((segment) => segment.id));
    const accounts = segmentAssignment(edited.map((segment) => segment.id), flows.accounts);
    const leads = segmentAssignment(edited.map((segment) => segment.id), flows.leads);
    expect(accounts.moved).toBeGreaterThanOrEqual(1);
    const preview = page.getByTestId("segment-preview");
    await expect(preview.getByRole("status")).toHaveText(t("settingsStructure.preview.summary", { accounts: number(accounts.moved), leads: number(leads.moved) }));
    const enterpriseRow = preview.getByRole("row").filter({ has: page.getByRole("rowheader", { name: locale === "fi" ? enterprise.nameFi : enterprise.nameEn, exact: true }) });
    const expected = accounts.rows.find((candidate) => candidate.segment === enterprise.id)!;
    const cells = [expected.now, expected.after, expected.moveIn, expected.moveOut];
    for (const [index, value] of cells.entries()) await expect(enterpriseRow.getByRole("cell").nth(index)).toHaveText(number(value));

    await page.getByRole("button", { name: t("settingsStructure.segments.saveRules") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("settingsStructure.segments.savedRules") })).toBeVisible();
    await expect(page.getByTestId("reassign-pending")).toHaveText(t("settingsStructure.reassign.pending", { accounts: number(accounts.moved), leads: number(leads.moved) }));

    await page.getByRole("button", { name: t("settingsStructure.reassign.run") }).click();
    await page.getByRole("button", { name: t("settingsStructure.reassign.confirmRun") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("settingsStructure.reassign.done", { accounts: number(accounts.moved), leads: number(leads.moved) }) })).toBeVisible();
    await expect(page.getByTestId("reassign-pending")).toHaveText(t("settingsStructure.reassign.upToDate"));
    const last = page.getByRole("table", { name: t("settingsStructure.reassign.lastCaption") });
    await expect(last.getByRole("row").filter({ hasText: locale === "fi" ? enterprise.nameFi : enterprise.nameEn }).first()).toContainText(t("settingsStructure.preview.noSegment"));
    expect(await database.account.findUniqueOrThrow({ where: { id: giant.id } })).toMatchObject({ segmentId: null, version: 2 });

    // The account's own history shows the move.
    await page.goto(`/accounts/${giant.id}`);
    await expect(page.getByTestId("timeline")).toContainText(t("recordDetail.timeline.audit.reassign"));
  } finally {
    await database.segment.update({ where: { id: enterprise.id }, data: { maxEmployees: enterprise.maxEmployees } });
    await database.account.delete({ where: { id: giant.id } });
  }
});

test("ADMIN edits a care model's channels and cadence", async ({ pageAs }) => {
  const database = serverDatabase();
  const original = await database.careModel.findUniqueOrThrow({ where: { tier: "SMALL" } });
  const page = await pageAs("ADMIN");
  try {
    await page.goto("/settings/care-models");
    const [t, locale] = [await translatorOf(page), await localeOf(page)];
    const form = page.getByRole("form", { name: locale === "fi" ? original.nameFi : original.nameEn });
    await form.getByLabel(t("settingsStructure.field.contactCadenceDays")).fill("0");
    await form.getByRole("button", { name: t("settingsStructure.save") }).click();
    await expect(form.getByText(t("validation.tooSmall"))).toBeVisible();

    await form.getByLabel(t("settingsStructure.field.contactCadenceDays")).fill("120");
    await form.getByLabel(t("settingsStructure.channel.PHONE")).check();
    await form.getByRole("button", { name: t("settingsStructure.save") }).click();
    await expect(form.getByRole("status")).toHaveText(t("settingsStructure.saved"));
    const saved = await database.careModel.findUniqueOrThrow({ where: { tier: "SMALL" } });
    expect(saved.contactCadenceDays).toBe(120);
    expect(saved.channels).toContain("PHONE");
  } finally {
    await database.careModel.update({ where: { tier: "SMALL" }, data: { contactCadenceDays: original.contactCadenceDays, channels: original.channels } });
  }
});
