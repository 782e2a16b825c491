import { expect, test } from "./support/demo";

test("the login page switches to Finnish and remembers it", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Suomi" }).click();

  await expect(page.getByRole("heading", { name: "Kirjaudu sisään" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByLabel("Salasana")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Kirjaudu sisään" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Kieli" }).getByRole("button", { name: "Suomi" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("a signed-in user switches to Finnish, and it stays after a reload", async ({ pageAs }) => {
  const page = await pageAs("MARKETING");
  await page.goto("/dashboard");
  try {
    await page.getByRole("button", { name: "Suomi" }).click();

    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1, name: "Yleiskatsaus" })).toBeVisible();
    const navigation = page.getByRole("navigation", { name: "Päävalikko" });
    await expect(navigation.getByRole("link")).toHaveText(["Yleiskatsaus", "Liidit", "Yhteyshenkilöt", "Yritykset", "Kaupat", "Tuonti", "MQL-hyväksynnät"]);
    await expect(page.getByRole("button", { name: "Kirjaudu ulos" })).toBeVisible();

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1, name: "Yleiskatsaus" })).toBeVisible();
  } finally {
    // The demo user is shared with other specs: leave it in English.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
