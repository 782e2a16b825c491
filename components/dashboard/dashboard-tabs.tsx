import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { getI18n } from "@/lib/i18n/server";

const TABS = [
  { key: "bowtie", href: "/dashboard" },
  { key: "funnel", href: "/dashboard/funnel" },
] as const;

export type DashboardTab = (typeof TABS)[number]["key"];

/**
 * The dashboard's views as tabs under one sidebar item. Each link carries the current
 * filter query string, so switching view keeps the period, segments and sources.
 */
export async function DashboardTabs({ current, query }: { current: DashboardTab; query: string }) {
  const { t } = await getI18n();
  return (
    <nav aria-label={t("dashboard.tabsLabel")} className="mb-4 border-b border-border print:hidden">
      <ul className="flex gap-1">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={query ? `${tab.href}?${query}` : tab.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium",
                  active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(`dashboard.tab.${tab.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
