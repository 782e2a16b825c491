import { DEMO_USERS, expect, signIn, test, translatorOf } from "./support/demo";

const GENERIC_ERROR = "Wrong email or password.";

test("a wrong password is refused with the generic message", async ({ page }) => {
  await signIn(page, DEMO_USERS.SALES, "not-the-password");

  await expect(page.getByRole("alert").filter({ hasText: GENERIC_ERROR })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_USERS.SALES);
});

test("an unknown email gets the very same message", async ({ page }) => {
  await signIn(page, "nobody@rusetti.demo");

  await expect(page.getByRole("alert").filter({ hasText: GENERIC_ERROR })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, DEMO_USERS.LEADERSHIP);
  await expect(page).toHaveURL(/\/dashboard$/);

  const t = await translatorOf(page);
  await page.getByRole("button", { name: t("shell.signOut") }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("a signed-out visit goes to the login page and back after signing in", async ({ page }) => {
  await page.goto("/deals");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeals$/);

  await page.getByLabel("Email").fill(DEMO_USERS.SALES);
  await page.getByLabel("Password").fill("rusetti-demo");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/deals$/);
  const t = await translatorOf(page);
  await expect(page.getByRole("heading", { level: 1, name: t("deals.title") })).toBeVisible();
});

test("the start page sends each visitor where they belong", async ({ page, pageAs }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);

  const signedIn = await pageAs("MARKETING");
  await signedIn.goto("/");
  await expect(signedIn).toHaveURL(/\/dashboard$/);
});
