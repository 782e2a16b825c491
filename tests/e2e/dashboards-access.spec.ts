import { expect, test, translatorOf, type DemoRole } from "./support/demo";

// Who sees which dashboard: leadership and admins all six; sales everything but the cost
// structure (segments); marketing the acquisition side (no revenue, no cost structure). The
// tab strip shows exactly the pages a role may open, and the others answer 403.
const PAGES = {
  bowtie: "/dashboard",
  funnel: "/dashboard/funnel",
  retention: "/dashboard/retention",
  sources: "/dashboard/sources",
  capacity: "/dashboard/capacity",
  segments: "/dashboard/segments",
} as const;

type Tab = keyof typeof PAGES;

const VISIBLE: Record<DemoRole, Tab[]> = {
  ADMIN: ["bowtie", "funnel", "retention", "sources", "capacity", "segments"],
  LEADERSHIP: ["bowtie", "funnel", "retention", "sources", "capacity", "segments"],
  SALES: ["bowtie", "funnel", "retention", "sources", "capacity"],
  MARKETING: ["bowtie", "funnel", "sources", "capacity"],
};

for (const [role, visible] of Object.entries(VISIBLE) as [DemoRole, Tab[]][]) {
  test(`${role} sees exactly its dashboards and is refused the others`, async ({ pageAs }) => {
    const page = await pageAs(role);
    await page.goto("/dashboard");
    const t = await translatorOf(page);
    const tabs = page.getByRole("navigation", { name: t("dashboard.tabsLabel") }).getByRole("link");
    await expect(tabs).toHaveText(visible.map((tab) => t(`dashboard.tab.${tab}`)));

    for (const [tab, path] of Object.entries(PAGES) as [Tab, string][]) {
      const response = await page.request.get(path);
      expect(response.status(), `${role} ${path}`).toBe(visible.includes(tab) ? 200 : 403);
    }
  });
}

test("the records behind a revenue figure are refused to a role without the revenue dashboard", async ({ pageAs }) => {
  const marketing = await pageAs("MARKETING");
  const drill = "/dashboard/records?period=year&drill=retention-base&part=churned";
  expect((await marketing.request.get(drill)).status()).toBe(403);
  const sales = await pageAs("SALES");
  expect((await sales.request.get(drill)).status()).toBe(200);
});

test("only roles with the export right download the records behind a figure", async ({ pageAs }) => {
  const query = "period=year&drill=stage-entries&kind=LEAD&stage=AWARENESS";
  for (const [role, status] of [["LEADERSHIP", 200], ["ADMIN", 200], ["SALES", 403], ["MARKETING", 403]] as const) {
    const page = await pageAs(role);
    const response = await page.request.get(`/api/dashboard/records.csv?${query}`);
    expect(response.status(), role).toBe(status);
    if (status === 200) expect((await response.text()).split("\r\n")[0]).toBe("\uFEFFid,first_name,last_name,company,source,status,stage,fit_score,engagement_score,owner,created_at");
  }
});
