import Link from "next/link";
import type { Role } from "@/generated/prisma/enums";
import { HOME_PATH, navigationFor } from "@/lib/auth/navigation";
import { getI18n } from "@/lib/i18n/server";
import { Logo } from "./logo";
import { SidebarNav } from "./sidebar-nav";

/** The main navigation: only the pages the role may open. */
export async function Sidebar({ role }: { role: Role }) {
  const { t } = await getI18n();
  const links = navigationFor(role).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return (
    <aside className="flex shrink-0 flex-col print:hidden gap-4 bg-sidebar px-4 py-4 text-sidebar-foreground md:min-h-screen md:w-60 md:gap-8 md:py-6">
      <Link href={HOME_PATH} className="px-3 text-sidebar-active-foreground">
        <Logo name={t("app.name")} />
      </Link>
      <SidebarNav label={t("nav.label")} links={links} />
    </aside>
  );
}
