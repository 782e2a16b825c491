import { ListTable } from "@/components/records/list/list-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { RecentAccount } from "@/lib/data/accounts";
import { getI18n } from "@/lib/i18n/server";
import { ACCOUNT_BINDING } from "./account-list";

/** Accounts with the list's default columns, for pages that show a fixed set of them (drill-downs). */
export async function AccountTable({ accounts }: { accounts: RecentAccount[] }) {
  const { t } = await getI18n();
  if (accounts.length === 0) return <EmptyState message={t("common.empty")} />;
  return <ListTable binding={ACCOUNT_BINDING} rows={accounts} columns={ACCOUNT_BINDING.spec.defaultColumns} />;
}
