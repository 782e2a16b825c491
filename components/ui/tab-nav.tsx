import Link from "next/link";
import { cx } from "./cx";

export type TabLink = { key: string; href: string; label: string; active: boolean };

/** A page's sibling views as underlined tabs; the current one is marked for assistive technology. */
export function TabNav({ label, tabs, className }: { label: string; tabs: TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={cx("border-b border-border", className)}>
      <ul className="flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={cx(
                "-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                tab.active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
