import { readFile } from "node:fs/promises";
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { serverDatabase } from "./support/database";
import { expect, test, translatorOf } from "./support/demo";

// Leads of this spec's own, dated long before any dashboard period and named without the
// letters other specs search the demo leads for, so that running beside them changes none of their figures.
async function seedLeads(count: number): Promise<{ token: string; names: string[]; ids: number[] }> {
  const token = `Qwix${randomInt(10_000_000, 99_999_999)}`;
  const database = serverDatabase();
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    const lead = await database.lead.create({
      data: { firstName: `Veli${index + 1}`, lastName: token, source: "WEB", createdAt: new Date("2015-01-0" + (index + 1)) },
      select: { id: true },
    });
    ids.push(lead.id);
  }
  return { token, names: ids.map((_, index) => `Veli${index + 1} ${token}`), ids };
}

const bulkBar = async (page: Page) => page.getByRole("region", { name: (await translatorOf(page))("recordBulk.region") });

test("SALES saves a filtered view of the leads and opens it again from the menu", async ({ pageAs }) => {
  const page = await pageAs("SALES");
  await page.goto("/leads");
  const t = await translatorOf(page);
  const filters = page.getByRole("form", { name: t("lists.LEAD.filters") });
  await filters.getByRole("group", { name: t("lists.stage") }).getByRole("checkbox", { name: t("stage.COMPARISON") }).check();
  await filters.getByRole("searchbox", { name: t("lists.search") }).fill("oy");
  await filters.getByRole("button", { name: t("lists.apply") }).click();
  await expect(page).toHaveURL(/[?&]stage=COMPARISON(&|$)/);

  const views = page.getByRole("region", { name: t("recordViews.region") });
  const name = `Comparison oy ${randomInt(1_000_000)}`;
  await views.getByLabel(t("recordViews.name")).fill(name);
  await views.getByRole("button", { name: t("recordViews.save") }).click();
  await expect(views.getByText(t("recordViews.saved", { name }))).toBeVisible();

  // The same name again is refused until the user says to replace it.
  await views.getByLabel(t("recordViews.name")).fill(name);
  await views.getByRole("button", { name: t("recordViews.save") }).click();
  await expect(views.getByText(t("recordViews.exists"))).toBeVisible();
  await views.getByRole("button", { name: t("recordViews.replace") }).click();
  await expect(views.getByText(t("recordViews.replaced", { name }))).toBeVisible();

  await page.goto("/leads");
  await expect(filters.getByRole("searchbox", { name: t("lists.search") })).toHaveValue("");
  await views.locator("summary").click();
  await views.getByRole("link", { name }).click();

  await expect(page).toHaveURL(/[?&]stage=COMPARISON(&|$)/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("oy");
  await expect(filters.getByRole("checkbox", { name: t("stage.COMPARISON") })).toBeChecked();
  await expect(filters.getByRole("searchbox", { name: t("lists.search") })).toHaveValue("oy");
});

test("SALES ticks two leads and assigns them an owner", async ({ pageAs }) => {
  const { token, names, ids } = await seedLeads(2);
  const database = serverDatabase();
  const owner = await database.user.findFirstOrThrow({ where: { active: true, role: "MARKETING" }, select: { id: true, name: true } });

  const page = await pageAs("SALES");
  await page.goto(`/leads?q=${token}`);
  const t = await translatorOf(page);
  const bar = await bulkBar(page);
  await expect(bar.getByTestId("bulk-count")).toHaveText(t("recordBulk.selected", { count: 0 }));

  for (const name of names) await page.getByRole("checkbox", { name }).check();
  await expect(bar.getByTestId("bulk-count")).toHaveText(t("recordBulk.selected", { count: 2 }));
  await bar.getByLabel(t("recordBulk.owner")).selectOption({ label: owner.name });
  await bar.getByRole("button", { name: t("recordBulk.assign") }).click();

  await expect(bar.getByTestId("bulk-outcome")).toHaveText(t("recordBulk.assigned", { records: t("recordBulk.records.LEAD", { count: 2 }), owner: owner.name }));
  await expect(bar.getByTestId("bulk-count")).toHaveText(t("recordBulk.selected", { count: 0 }));
  const rows = page.getByRole("table", { name: t("leads.title") }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  for (const name of names) {
    await expect(page.getByRole("checkbox", { name })).not.toBeChecked();
    await expect(rows.filter({ hasText: name }).getByRole("cell").nth(7)).toHaveText(owner.name);
  }
  expect(await database.lead.findMany({ where: { id: { in: ids } }, select: { ownerId: true, version: true } })).toEqual([
    { ownerId: owner.id, version: 2 },
    { ownerId: owner.id, version: 2 },
  ]);
  expect(await database.auditLog.count({ where: { action: "lead.update", entityId: { in: ids.map(String) } } })).toBe(2);
});

test("SALES moves two ticked leads to another stage, giving a reason", async ({ pageAs }) => {
  const { token, names, ids } = await seedLeads(2);
  const page = await pageAs("SALES");
  await page.goto(`/leads?q=${token}`);
  const t = await translatorOf(page);
  const bar = await bulkBar(page);

  for (const name of names) await page.getByRole("checkbox", { name }).check();
  await bar.getByLabel(t("recordBulk.stage")).selectOption({ label: t("stage.CONSIDERATION") });
  await bar.getByRole("button", { name: t("recordBulk.move") }).click();
  // Without a reason nothing moves, and the ticks stay for the second try.
  await expect(bar.getByTestId("bulk-outcome")).toHaveText(t("validation.required"));
  await expect(bar.getByTestId("bulk-count")).toHaveText(t("recordBulk.selected", { count: 2 }));

  await bar.getByLabel(t("recordBulk.reason")).fill("Attended the spring webinar");
  await bar.getByRole("button", { name: t("recordBulk.move") }).click();

  await expect(bar.getByTestId("bulk-outcome")).toHaveText(
    t("recordBulk.moved", { records: t("recordBulk.records.LEAD", { count: 2 }), stage: t("stage.CONSIDERATION") }),
  );
  const rows = page.getByRole("table", { name: t("leads.title") }).locator("tbody tr");
  for (const name of names) await expect(rows.filter({ hasText: name }).getByRole("cell").nth(4)).toHaveText(t("stage.CONSIDERATION"));
  const transitions = await serverDatabase().stageTransition.findMany({ where: { entityKind: "LEAD", entityId: { in: ids } } });
  expect(transitions.map((transition) => [transition.toStage, transition.reason])).toEqual([
    ["CONSIDERATION", "Attended the spring webinar"],
    ["CONSIDERATION", "Attended the spring webinar"],
  ]);
});

test("a bulk move refuses a ticked lead that someone changed after the list was shown, and moves none", async ({ pageAs }) => {
  const { token, names, ids } = await seedLeads(2);
  const page = await pageAs("SALES");
  await page.goto(`/leads?q=${token}`);
  const t = await translatorOf(page);
  const bar = await bulkBar(page);

  for (const name of names) await page.getByRole("checkbox", { name }).check();
  // A colleague edits the second lead while this list is open.
  await serverDatabase().lead.update({ where: { id: ids[1] }, data: { title: "Buyer", version: { increment: 1 } } });
  await bar.getByLabel(t("recordBulk.stage")).selectOption({ label: t("stage.CONSIDERATION") });
  await bar.getByLabel(t("recordBulk.reason")).fill("Attended the spring webinar");
  await bar.getByRole("button", { name: t("recordBulk.move") }).click();

  await expect(bar.getByTestId("bulk-outcome")).toHaveText(t("errors.CONFLICT"));
  expect(await serverDatabase().stageTransition.count({ where: { entityKind: "LEAD", entityId: { in: ids } } })).toBe(0);

  // After a reload the list shows the current versions, and the same move goes through.
  await page.reload();
  for (const name of names) await page.getByRole("checkbox", { name }).check();
  await bar.getByLabel(t("recordBulk.stage")).selectOption({ label: t("stage.CONSIDERATION") });
  await bar.getByLabel(t("recordBulk.reason")).fill("Attended the spring webinar");
  await bar.getByRole("button", { name: t("recordBulk.move") }).click();
  await expect(bar.getByTestId("bulk-outcome")).toHaveText(
    t("recordBulk.moved", { records: t("recordBulk.records.LEAD", { count: 2 }), stage: t("stage.CONSIDERATION") }),
  );
});

test("LEADERSHIP, who reads but edits no leads, is offered only the export of the ticked rows", async ({ pageAs }) => {
  const { token, names, ids } = await seedLeads(1);
  const page = await pageAs("LEADERSHIP");
  await page.goto(`/leads?q=${token}`);
  const t = await translatorOf(page);
  const bar = await bulkBar(page);
  await expect(bar.getByRole("button", { name: t("recordBulk.export") })).toBeDisabled();
  await expect(bar.getByRole("button", { name: t("recordBulk.assign") })).toHaveCount(0);
  await expect(bar.getByRole("button", { name: t("recordBulk.move") })).toHaveCount(0);

  await page.getByRole("checkbox", { name: names[0] }).check();
  const exportButton = bar.getByRole("button", { name: t("recordBulk.export") });
  await expect(exportButton).toBeEnabled();
  // The button sends the ticked ids, and nothing else, to the list's own CSV route.
  const [download] = await Promise.all([page.waitForEvent("download"), exportButton.click()]);
  const sent = new URL(download.url()).searchParams;
  expect(new URL(download.url()).pathname).toBe("/api/records/leads");
  expect([...sent.keys()]).toEqual(["ids[]"]);
  expect(sent.getAll("ids[]")).toEqual([String(ids[0])]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.trim().split("\n")).toHaveLength(2);
});
