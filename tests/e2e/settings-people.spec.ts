import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatNumber } from "@/lib/i18n/format";
import { createTranslator, type Translate } from "@/lib/i18n/translator";
import { serverDatabase } from "./support/database";
import { expect, signIn, test, translatorOf } from "./support/demo";

/*
 * The people settings in the browser. The demo database is shared with other specs, so this
 * one makes its own team and user (tagged), never deactivates a demo user, and puts back the
 * one demo team capacity it changes.
 */

const tag = randomBytes(3).toString("hex");

async function localeOf(page: Page): Promise<"en" | "fi"> {
  return (await page.locator("html").getAttribute("lang")) === "fi" ? "fi" : "en";
}

async function createTeam(page: Page, t: Translate, name: string) {
  await page.goto("/settings/teams");
  await page.getByRole("link", { name: t("settingsPeople.teams.new") }).click();
  await page.getByLabel(t("settingsPeople.teams.field.name")).fill(name);
  await page.getByRole("combobox", { name: t("settingsPeople.teams.field.function") }).selectOption("SDR");
  await page.getByLabel(t("settingsPeople.teams.field.monthlyCapacity")).fill("120");
  await page.getByRole("button", { name: t("settingsPeople.teams.create") }).click();
  await expect(page).toHaveURL(/\/settings\/teams$/);
  await expect(page.getByRole("link", { name: t("settingsPeople.teams.edit", { name }) })).toBeVisible();
}

test("an admin creates a user in a team, who signs in; deactivated, their session ends and signing in is refused with the reason", async ({ pageAs, browser, baseURL }) => {
  const admin = await pageAs("ADMIN");
  await admin.goto("/settings/users");
  const t = await translatorOf(admin);
  const teamName = `Inside sales ${tag}`;
  const email = `new.seller.${tag}@rusetti.test`;
  await createTeam(admin, t, teamName);

  await admin.goto("/settings/users");
  await admin.getByRole("link", { name: t("settingsPeople.users.new") }).click();
  await admin.getByRole("textbox", { name: t("settingsPeople.users.field.name") }).fill(`Selma Seller ${tag}`);
  await admin.getByRole("textbox", { name: t("settingsPeople.users.field.email") }).fill(email.toUpperCase());
  await admin.getByRole("combobox", { name: t("settingsPeople.users.field.role") }).selectOption("SALES");
  await admin.getByRole("combobox", { name: t("settingsPeople.users.field.teamId") }).selectOption({ label: teamName });
  await admin.getByRole("combobox", { name: t("settingsPeople.users.field.locale") }).selectOption("en");
  await admin.getByRole("button", { name: t("settingsPeople.users.create") }).click();

  const shown = admin.getByTestId("password-once");
  await expect(shown).toContainText(t("settingsPeople.users.createdTitle", { name: `Selma Seller ${tag}` }));
  const password = await shown.getByLabel(t("settingsPeople.users.passwordLabel")).inputValue();
  expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);

  // The new user, in a browser of their own, signs in with the address in whatever case they type it.
  const context = await browser.newContext({ baseURL });
  try {
    const user = await context.newPage();
    await signIn(user, email, password);
    await expect(user).toHaveURL(/\/dashboard$/);

    await shown.getByRole("link", { name: t("settingsPeople.users.openUser") }).click();
    await expect(admin.getByRole("heading", { name: `Selma Seller ${tag}` })).toBeVisible();
    await expect(admin.getByRole("textbox", { name: t("settingsPeople.users.field.email") })).toHaveValue(email);
    await expect(admin.getByRole("combobox", { name: t("settingsPeople.users.field.teamId") }).locator("option:checked")).toHaveText(teamName);
    await admin.getByRole("button", { name: t("settingsPeople.users.deactivate") }).click();
    await admin.getByRole("button", { name: t("settingsPeople.form.confirm") }).click();
    await expect(admin.getByTestId("user-access")).toHaveText(t("settingsPeople.users.inactiveBody"));

    // Their next click lands on the login page, and the right password now says why it is refused.
    await user.goto("/leads");
    await expect(user).toHaveURL(/\/login/);
    await signIn(user, email, password);
    const en = createTranslator("en");
    await expect(user.locator("#login-error")).toHaveText(en("login.deactivated"));
    await expect(user).toHaveURL(/\/login/);
  } finally {
    await context.close();
  }

  // The audit log shows the user's creation and deactivation, by the admin, with before → after.
  await admin.goto(`/settings/audit?action=user.&kind=USER`);
  const rows = admin.getByRole("table", { name: t("settingsPeople.audit.table") }).getByRole("row");
  const deactivation = rows.filter({ hasText: "user.deactivate" }).first();
  await expect(deactivation).toContainText(`${t("settingsPeople.users.field.active")}${t("settingsPeople.audit.yes")} → ${t("settingsPeople.audit.no")}`);
  await expect(deactivation.getByRole("link", { name: new RegExp(`#\\d+$`) })).toHaveAttribute("href", /\/settings\/users\/\d+$/);
  await expect(rows.filter({ hasText: "user.create" }).filter({ hasText: email }).first()).toContainText(teamName);
});

test("an admin changes a team's monthly capacity; the capacity dashboard shows it, and the audit log has the change", async ({ pageAs }) => {
  // A stage and one of the teams that own it; the dashboard sums the distinct owning teams' capacities.
  const database = serverDatabase();
  const [owned] = await database.$queryRaw<{ stage: string; teamId: number }[]>`
    SELECT stage::text AS stage, min("teamId") AS "teamId" FROM "StageOwner" WHERE stage = 'ONBOARDING' GROUP BY stage`;
  expect(owned).toBeDefined();
  const capacityOf = async () =>
    (
      await database.$queryRaw<{ capacity: number }[]>`
        SELECT sum(t."monthlyCapacity")::int AS capacity FROM "Team" t WHERE t.id IN (SELECT DISTINCT "teamId" FROM "StageOwner" WHERE stage = 'ONBOARDING')`
    )[0]!.capacity;
  const team = await database.team.findUniqueOrThrow({ where: { id: owned!.teamId } });
  const stageCapacity = await capacityOf();

  const admin = await pageAs("ADMIN");
  await admin.goto("/settings/teams");
  const [t, locale] = [await translatorOf(admin), await localeOf(admin)];
  const editCapacity = async (value: number) => {
    await admin.goto("/settings/teams");
    await admin.getByRole("link", { name: t("settingsPeople.teams.edit", { name: team.name }) }).click();
    await admin.getByLabel(t("settingsPeople.teams.field.monthlyCapacity")).fill(String(value));
    await admin.getByRole("button", { name: t("settingsPeople.teams.save") }).click();
    await expect(admin).toHaveURL(/\/settings\/teams$/);
  };

  try {
    await editCapacity(team.monthlyCapacity + 7);
    const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: t("settingsPeople.teams.edit", { name: team.name }) }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText(formatNumber(team.monthlyCapacity + 7, locale));

    await admin.goto("/dashboard/capacity?period=year");
    const chain = admin.getByRole("table", { name: t("capacity.chain.title") });
    const onboarding = chain.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: new RegExp(`^${t("stage.ONBOARDING")}`) }) });
    await expect(onboarding.getByRole("cell").nth(4)).toHaveText(formatNumber(stageCapacity + 7, locale));

    await admin.goto(`/settings/audit?kind=TEAM&entity=${team.id}`);
    const entry = admin.getByRole("table", { name: t("settingsPeople.audit.table") }).getByRole("row").filter({ hasText: "team.update" }).first();
    await expect(entry).toContainText(t("settingsPeople.teams.field.monthlyCapacity"));
    await expect(entry).toContainText(`${formatNumber(team.monthlyCapacity, locale)} → ${formatNumber(team.monthlyCapacity + 7, locale)}`);
  } finally {
    await editCapacity(team.monthlyCapacity).catch(() => database.team.update({ where: { id: team.id }, data: { monthlyCapacity: team.monthlyCapacity } }));
  }
  expect(await capacityOf()).toBe(stageCapacity);
});

test("a team with members cannot be deleted and says why; an empty one can", async ({ pageAs }) => {
  const admin = await pageAs("ADMIN");
  await admin.goto("/settings/teams");
  const t = await translatorOf(admin);
  const name = `Short-lived ${tag}`;
  await createTeam(admin, t, name);
  await admin.getByRole("link", { name: t("settingsPeople.teams.edit", { name }) }).click();
  await admin.getByRole("button", { name: t("settingsPeople.teams.delete") }).click();
  await admin.getByRole("button", { name: t("settingsPeople.form.confirm") }).click();
  await expect(admin).toHaveURL(/\/settings\/teams$/);
  await expect(admin.getByRole("link", { name: t("settingsPeople.teams.edit", { name }) })).toHaveCount(0);

  const held = await serverDatabase().team.findFirstOrThrow({ where: { members: { some: {} } }, select: { id: true } });
  await admin.goto(`/settings/teams/${held.id}`);
  await expect(admin.getByText(new RegExp(t("settingsPeople.teams.deleteHeld", { members: "\\d+", stages: "\\d+" })))).toBeVisible();
  await expect(admin.getByRole("button", { name: t("settingsPeople.teams.delete") })).toHaveCount(0);
});

test("an admin searches and filters users; their own account has no deactivate button", async ({ pageAs }) => {
  const admin = await pageAs("ADMIN");
  await admin.goto("/settings/users?role=ADMIN&status=active");
  const t = await translatorOf(admin);
  const table = admin.getByRole("table", { name: t("settings.section.users") });
  await expect(table.getByRole("rowheader")).toContainText([/Aino Admin/]);
  await admin.getByRole("searchbox", { name: t("settingsPeople.users.search") }).fill("sales@rusetti");
  await admin.getByLabel(t("settingsPeople.users.filterRole")).selectOption("");
  await admin.getByRole("button", { name: t("settingsPeople.users.apply") }).click();
  await expect(admin).toHaveURL(/q=sales%40rusetti/);
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  await expect(table.getByRole("rowheader")).toContainText("Sami Myynti");

  await admin.goto("/settings/users?role=ADMIN");
  await table.getByRole("link", { name: "Aino Admin" }).click();
  await expect(admin.getByText(t("settingsPeople.users.rule.selfDeactivate"))).toBeVisible();
  await expect(admin.getByRole("button", { name: t("settingsPeople.users.deactivate") })).toHaveCount(0);
});

for (const role of ["SALES", "MARKETING", "LEADERSHIP"] as const) {
  test(`${role} is refused the people settings pages`, async ({ pageAs }) => {
    const page = await pageAs(role);
    for (const path of ["/settings/teams", "/settings/teams/new", "/settings/users", "/settings/users/new", "/settings/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
}
