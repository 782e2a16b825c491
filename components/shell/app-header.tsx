import Link from "next/link";
import { ACCOUNT_PATH } from "@/lib/account/paths";
import type { CurrentUser } from "@/lib/auth/current-user";
import { LOGIN_PATH } from "@/lib/auth/navigation";
import { getI18n } from "@/lib/i18n/server";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const { t } = await getI18n();
  return (
    <header className="flex flex-wrap items-center justify-end gap-4 border-b border-border bg-surface px-6 py-3 print:hidden">
      <LanguageSwitch />
      <div aria-label={t("shell.userMenu")} role="group" className="flex items-center gap-3">
        <div className="text-right leading-tight">
          <Link href={ACCOUNT_PATH} title={t("account.title")} className="block text-sm font-medium underline-offset-2 hover:underline">
            {user.name}
          </Link>
          <p className="text-xs text-muted-foreground">{t(`role.${user.role}`)}</p>
        </div>
        <SignOutButton loginPath={LOGIN_PATH} />
      </div>
    </header>
  );
}
