import type { Metadata } from "next";
import { AccountTable } from "@/components/accounts/account-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { listRecentAccounts } from "@/lib/data/accounts";
import { RECENT_LIMIT } from "@/lib/data/list-limits";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("accounts.title") };
}

export default async function AccountsPage() {
  await authorizePage("records.read");

  const [{ t }, accounts] = await Promise.all([getI18n(), listRecentAccounts()]);
  return (
    <>
      <PageHeader title={t("accounts.title")} description={t("common.recentCount", { count: RECENT_LIMIT })} />
      <Card>
        <AccountTable accounts={accounts} />
      </Card>
    </>
  );
}
