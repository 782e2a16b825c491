import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import { isLocale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";

export const DEMO_PASSWORD = "rusetti-demo";

export const DEMO_USERS = {
  ADMIN: "admin@rusetti.demo",
  LEADERSHIP: "leadership@rusetti.demo",
  SALES: "sales@rusetti.demo",
  MARKETING: "marketing@rusetti.demo",
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

export const DEMO_ROLES = Object.keys(DEMO_USERS) as DemoRole[];

/** Signs in through the login page (English: a fresh browser has no language cookie). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * The catalog of the language the page is shown in. Demo users are shared between specs
 * running in parallel and one spec switches a user to Finnish for a moment, so assertions
 * about signed-in pages read the expected text in whatever language the page has.
 */
export async function translatorOf(page: Page): Promise<Translate> {
  const lang = await page.locator("html").getAttribute("lang");
  return createTranslator(isLocale(lang) ? lang : "en");
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

type Fixtures = {
  /** A page in its own browser context, already signed in as the role's demo user. */
  pageAs: (role: DemoRole) => Promise<Page>;
};

type WorkerFixtures = {
  sessionOf: (role: DemoRole) => Promise<StorageState>;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  // Each role signs in once per worker; later tests reuse the session cookie.
  sessionOf: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const sessions = new Map<DemoRole, Promise<StorageState>>();
      await use((role) => {
        let session = sessions.get(role);
        if (!session) {
          session = (async () => {
            const context = await browser.newContext({ baseURL });
            const page = await context.newPage();
            await signIn(page, DEMO_USERS[role]);
            await expect(page).toHaveURL(/\/dashboard$/);
            const state = await context.storageState();
            await context.close();
            return state;
          })();
          sessions.set(role, session);
        }
        return session;
      });
    },
    { scope: "worker" },
  ],

  pageAs: async ({ browser, sessionOf, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext({ baseURL, storageState: await sessionOf(role) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };

/** A message as a pattern, with one parameter left open: the figure a link's label carries. */
export function messagePattern(text: (placeholder: string) => string): RegExp {
  const marker = "\u0000";
  const escaped = text(marker).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(marker, "[\\d\\s,.\\u00a0]+")}$`);
}
