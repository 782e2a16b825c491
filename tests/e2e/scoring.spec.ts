import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/prisma";
import { formatNumber } from "@/lib/i18n/format";
import { runScoring } from "@/lib/scoring/run";
import { saveScoringRules } from "@/lib/scoring/save";
import { scoreLead } from "@/lib/scoring/score";
import { activeRuleSet } from "@/lib/scoring/store";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

/*
 * An admin adds a fit rule, previews and saves it; the save answers at once and the page
 * follows the recompute it started until it is done; the lead the rule matches then shows
 * the rule's points on its score card. The spec adds only a fit rule: fit is not part of the
 * MQL agreement, so no lead changes stage and the funnel figures other specs check stay put.
 * It puts the rules back as they were at the end.
 */

/** Waits for the server's run to end, then saves `rules` and runs their recompute here. */
async function restoreRules(database: PrismaClient, original: Awaited<ReturnType<typeof activeRuleSet>>) {
  await expect.poll(() => database.scoringRun.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } }), { timeout: 60_000 }).toBe(0);
  const current = (await activeRuleSet(database))!;
  if (current.version === original!.version) return;
  const saved = await saveScoringRules(database, { rules: original!.rules, baseVersion: current.version }, { actorId: null, at: new Date() });
  await runScoring(database, saved.runId);
}
test("ADMIN adds a fit rule, previews and saves it, and a lead's score card shows the points it gives", async ({ pageAs }) => {
  // Saving starts a recompute of every demo lead's fit, and the rules are put back the same way.
  test.setTimeout(90_000);
  const database = serverDatabase();
  const original = (await activeRuleSet(database))!;
  const keyword = `quokka${randomBytes(3).toString("hex")}`;
  const lead = await database.lead.create({
    data: { firstName: "Kaisa", lastName: `Scoring ${keyword}`, title: `Chief ${keyword} officer`, source: "WEB", industry: "Manufacturing", employees: 250, country: "FI", persona: "MANAGER" },
  });
  try {
    const page = await pageAs("ADMIN");
    await page.goto("/settings/scoring");
    const t = await translatorOf(page);
    await expect(page.getByTestId("scoring-in-force")).toContainText(String(original.version));

    const n = original.rules.fitRules.length + 1;
    const rule = (field: Parameters<typeof t>[0]) => page.getByLabel(`${t("scoring.fit.rule", { n })}: ${t(field as "scoring.fit.value")}`, { exact: true });
    await page.getByRole("button", { name: t("scoring.fit.add") }).click();
    await rule("scoring.fit.attribute").selectOption("TITLE");
    await rule("scoring.fit.value").fill(keyword);
    await rule("scoring.fit.points").fill("30");

    await page.getByRole("button", { name: t("scoring.preview"), exact: true }).click();
    const preview = page.getByTestId("scoring-preview");
    await expect(preview.getByRole("table", { name: t("scoring.preview.fit") })).toBeVisible();
    await expect(preview.getByRole("table", { name: t("scoring.preview.engagement") }).getByRole("row", { name: t("scoring.preview.changed") })).toContainText(/^\D*0$/);

    await page.getByRole("button", { name: t("scoring.save") }).click();
    await expect(page.getByTestId("scoring-saved")).toContainText(t("scoring.result.saved", { version: original.version + 1 }));
    // The recompute runs after the save's response: the page follows it until it is done.
    const run = page.getByTestId("scoring-run");
    await expect(run).toContainText(t("scoring.result.noMql"), { timeout: 45_000 });
    await expect(page.getByRole("progressbar", { name: t("scoring.run.progress") })).toHaveCount(0);
    const done = await database.scoringRun.findFirstOrThrow({ orderBy: { id: "desc" }, include: { ruleSet: true } });
    expect(done).toMatchObject({ status: "DONE", fit: true, engagement: false, ruleSet: { version: original.version + 1 } });
    const locale = (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
    const number = (value: number) => formatNumber(value, locale);
    await expect(run).toContainText(t("scoring.result.scores", { written: number(done.writtenLeads), leads: number(done.processedLeads), fit: number(done.fitChanged), engagement: number(done.engagementChanged) }));

    const saved = (await activeRuleSet(database))!;
    expect(saved.version).toBe(original.version + 1);
    const stored = await database.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { touchpoints: true } });
    const expected = scoreLead(saved.rules, stored, stored.touchpoints, new Date());
    expect(stored.fitScore).toBe(expected.fit);

    await page.goto(`/leads/${lead.id}`);
    const fitRules = page.getByRole("table", { name: t("scoring.card.fit") });
    await expect(fitRules.getByRole("row", { name: t("scoring.condition.TITLE", { value: keyword }) })).toContainText("30");
    await expect(page.getByTestId("score-fit")).toContainText(String(expected.fit));
    await expect(fitRules.getByRole("row", { name: t("scoring.card.total") })).toContainText(String(expected.fit));
    await expect(page.getByTestId("score-status")).toContainText(t("scoring.card.fitOnly", { version: saved.version }));
  } finally {
    await restoreRules(database, original);
    await database.lead.delete({ where: { id: lead.id } });
  }
});
