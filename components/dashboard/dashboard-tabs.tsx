import { TabNav } from "@/components/ui/tab-nav";
import { requireUser } from "@/lib/auth/guards";
import { can, type Action } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";

// Each tab shows only to the roles its page admits (the same action the page checks).
const TABS = [
  { key: "bowtie", href: "/dashboard", action: "dashboard.view" },
  { key: "funnel", href: "/dashboard/funnel", action: "dashboard.view" },
  { key: "retention", href: "/dashboard/retention", action: "dashboard.revenue" },
  { key: "sources", href: "/dashboard/sources", action: "dashboard.view" },
  { key: "capacity", href: "/dashboard/capacity", action: "dashboard.view" },
  { key: "segments", href: "/dashboard/segments", action: "dashboard.economics" },
] as const satisfies readonly { key: string; href: string; action: Action }[];

export type DashboardTab = (typeof TABS)[number]["key"];

/**
 * The dashboard's views as tabs under one sidebar item. Each link carries the current
 * filter query string, so switching view keeps the period, segments and sources.
 */
export async function DashboardTabs({ current, query }: { current: DashboardTab; query: string }) {
  const [{ t }, user] = await Promise.all([getI18n(), requireUser()]);
  const tabs = TABS.filter((tab) => can(user.role, tab.action)).map((tab) => ({
    key: tab.key,
    href: query ? `${tab.href}?${query}` : tab.href,
    label: t(`dashboard.tab.${tab.key}`),
    active: tab.key === current,
  }));
  return <TabNav label={t("dashboard.tabsLabel")} tabs={tabs} className="mb-4 print:hidden" />;
}
