import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Browser, Page } from "@playwright/test";
import type { Translate } from "@/lib/i18n/translator";
import { serverDatabase } from "./support/database";
import { DEMO_ROLES, DEMO_USERS, expect, signIn, test, translatorOf } from "./support/demo";

/*
 * My account and the end of sessions, in the browser. Changing a password ends the user's
 * other sessions, and the demo users' sessions are shared by the specs running alongside,
 * so every password here belongs to a user this spec makes (tagged); demo users only look.
 */

const tag = randomBytes(3).toString("hex");
let made = 0;

/** A user of this spec's own, straight into the server's database, with a password of our choosing. */
async function makeUser(password: string) {
  const n = ++made;
  const user = await serverDatabase().user.create({
    data: { email: `own.password.${n}.${tag}@rusetti.test`, name: `Oona Oma ${n} ${tag}`, role: "SALES", locale: "en", passwordHash: await hash(password) },
    select: { id: true, email: true, name: true },
  });
  return user;
}

/** A browser of its own, signed in as the user. */
async function signedInBrowser(browser: Browser, baseURL: string | undefined, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

// By id: "New password" is also the start of "New password again", and password inputs have no role.
const passwordField = (page: Page, name: "currentPassword" | "newPassword" | "confirmPassword") => page.locator(`#field-${name}`);

async function changePassword(page: Page, t: Translate, current: string, next: string) {
  await passwordField(page, "currentPassword").fill(current);
  await passwordField(page, "newPassword").fill(next);
  await passwordField(page, "confirmPassword").fill(next);
  await page.getByRole("button", { name: t("account.password.submit") }).click();
}

test("a user changes their password in one browser: it stays signed in, the other is sent to sign in, and only the new password signs in", async ({ browser, baseURL }) => {
  const before = "ensimmäinen salasana 1";
  const after = "toinen salasana, pidempi 2";
  const user = await makeUser(before);
  const a = await signedInBrowser(browser, baseURL, user.email, before);
  const b = await signedInBrowser(browser, baseURL, user.email, before);
  try {
    const t = await translatorOf(a);
    await a.getByRole("group", { name: t("shell.userMenu") }).getByRole("link", { name: user.name }).click();
    await expect(a).toHaveURL(/\/account$/);
    await expect(a.getByRole("heading", { level: 1, name: t("account.title") })).toBeVisible();
    await expect(a.getByText(user.email)).toBeVisible();
    await expect(a.getByText(t("role.SALES"), { exact: true }).last()).toBeVisible();

    await changePassword(a, t, "not my password at all", after);
    await expect(a.locator("#field-currentPassword-error")).toHaveText(t("account.password.wrongCurrent"));
    await expect(passwordField(a, "currentPassword")).toHaveAccessibleDescription(t("account.password.wrongCurrent"));

    await changePassword(a, t, before, after);
    await expect(a.getByTestId("password-changed")).toHaveText(t("account.password.done"));

    // This browser goes on signed in; the other one is sent to sign in at its next page.
    await a.goto("/leads");
    await expect(a).toHaveURL(/\/leads$/);
    await expect(a.getByRole("group", { name: t("shell.userMenu") })).toContainText(user.name);
    await b.goto("/leads");
    await expect(b).toHaveURL(/\/login$/);

    await signIn(b, user.email, before);
    await expect(b.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(b).toHaveURL(/\/login/);
    await signIn(b, user.email, after);
    await expect(b).toHaveURL(/\/dashboard$/);
  } finally {
    await Promise.all([a.context().close(), b.context().close()]);
  }

  const entries = await serverDatabase().auditLog.findMany({ where: { entityKind: "USER", entityId: String(user.id), action: "user.changePassword" } });
  expect(entries).toEqual([expect.objectContaining({ actorId: user.id, before: null, after: null })]);
});

test("an admin's reset of a user's password sends the browser the user is signed in with to sign in", async ({ pageAs, browser, baseURL }) => {
  const original = "alkuperäinen salasana 3";
  const user = await makeUser(original);
  const signedIn = await signedInBrowser(browser, baseURL, user.email, original);
  try {
    const admin = await pageAs("ADMIN");
    await admin.goto(`/settings/users/${user.id}`);
    const t = await translatorOf(admin);
    await admin.getByRole("button", { name: t("settingsPeople.users.reset") }).click();
    await admin.getByRole("button", { name: t("settingsPeople.form.confirm") }).click();
    const password = await admin.getByTestId("password-once").getByLabel(t("settingsPeople.users.passwordLabel")).inputValue();

    await signedIn.goto("/dashboard");
    await expect(signedIn).toHaveURL(/\/login$/);
    await signIn(signedIn, user.email, password);
    await expect(signedIn).toHaveURL(/\/dashboard$/);
  } finally {
    await signedIn.context().close();
  }
});

for (const role of DEMO_ROLES) {
  test(`${role} opens My account from their name in the header`, async ({ pageAs }) => {
    const page = await pageAs(role);
    await page.goto("/dashboard");
    const t = await translatorOf(page);
    await page.getByRole("group", { name: t("shell.userMenu") }).getByRole("link").click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(DEMO_USERS[role])).toBeVisible();
    await expect(page.getByRole("heading", { name: t("account.password.title") })).toBeVisible();
    await expect(passwordField(page, "currentPassword")).toHaveAttribute("type", "password");
  });
}
