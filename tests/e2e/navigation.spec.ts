import type { NavKey } from "@/lib/auth/navigation";
import { SETTINGS_SECTIONS } from "@/lib/settings/sections";
import { DEMO_ROLES, DEMO_USERS, expect, signIn, test, translatorOf, type DemoRole } from "./support/demo";

const NAVIGATION: Record<DemoRole, NavKey[]> = {
  ADMIN: ["dashboard", "leads", "contacts", "accounts", "deals", "import", "settings"],
  LEADERSHIP: ["dashboard", "leads", "contacts", "accounts", "deals"],
  SALES: ["dashboard", "leads", "contacts", "accounts", "deals", "import", "mql"],
  MARKETING: ["dashboard", "leads", "contacts", "accounts", "deals", "import", "mql"],
};

for (const role of DEMO_ROLES) {
  test(`${role} signs in and sees exactly its navigation`, async ({ page }) => {
    await signIn(page, DEMO_USERS[role]);
    await expect(page).toHaveURL(/\/dashboard$/);

    const t = await translatorOf(page);
    const navigation = page.getByRole("navigation", { name: t("nav.label") });
    await expect(navigation.getByRole("link")).toHaveText(NAVIGATION[role].map((key) => t(`nav.${key}`)));
    await expect(navigation.getByRole("link", { name: t("nav.dashboard") })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1, name: t("dashboard.title") })).toBeVisible();
    await expect(page.getByRole("group", { name: t("shell.userMenu") })).toContainText(t(`role.${role}`));
  });
}

for (const role of ["SALES", "MARKETING", "LEADERSHIP"] as const) {
  test(`${role} opening /settings is refused`, async ({ pageAs }) => {
    const page = await pageAs(role);
    const response = await page.goto("/settings");

    const t = await translatorOf(page);
    expect(response?.status()).toBe(403);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { level: 1, name: t("forbidden.title") })).toBeVisible();
    await expect(page.getByText(t("forbidden.body", { role: t(`role.${role}`) }))).toBeVisible();
    await expect(page.getByRole("heading", { name: t("settings.title") })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: t("settings.stages") })).toHaveCount(0);
  });
}

test("ADMIN opens the settings overview and each section from it", async ({ pageAs }) => {
  const page = await pageAs("ADMIN");
  await page.goto("/settings");

  const t = await translatorOf(page);
  await expect(page.getByRole("heading", { level: 1, name: t("settings.title") })).toBeVisible();
  for (const section of SETTINGS_SECTIONS) {
    await page.goto("/settings");
    const heading = page.getByRole("heading", { level: 2, name: t(`settings.section.${section.key}`), exact: true });
    await page.getByRole("main").getByRole("link").filter({ has: heading }).click();
    await expect(page).toHaveURL(new RegExp(`${section.href}$`));
    const tabs = page.getByRole("navigation", { name: t("settings.tabsLabel") });
    await expect(tabs.getByRole("link", { name: t(`settings.section.${section.key}`) })).toHaveAttribute("aria-current", "page");
  }
});

for (const role of ["SALES", "MARKETING", "LEADERSHIP"] as const) {
  test(`${role} opening a settings section is refused`, async ({ pageAs }) => {
    const page = await pageAs(role);
    for (const section of SETTINGS_SECTIONS.filter((entry) => entry.action === "settings.manage")) {
      const response = await page.goto(section.href);
      expect(response?.status()).toBe(403);
    }
  });
}

for (const role of DEMO_ROLES) {
  test(`${role} opens every page of its navigation`, async ({ pageAs }) => {
    const page = await pageAs(role);
    for (const key of NAVIGATION[role]) {
      await page.goto(`/${key}`);
      const t = await translatorOf(page);
      await expect(page.getByRole("heading", { level: 1, name: t(`${key}.title`) })).toBeVisible();
    }
  });
}
