import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { Sidebar } from "@/components/shell/sidebar";
import { requireUser } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";

/** The signed-in shell. It only needs to know who is here; each page decides what they may see. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { t } = await getI18n();
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      <Sidebar role={user.role} />
      <div className="flex min-w-0 flex-1 flex-col">
        <AppHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-8 print:max-w-none print:p-0">
          {children}
        </main>
      </div>
    </div>
  );
}
