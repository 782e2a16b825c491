import { ListTable } from "@/components/records/list/list-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { RecentDeal } from "@/lib/data/deals";
import { getI18n } from "@/lib/i18n/server";
import { DEAL_BINDING } from "./deal-list";

/** Deals with the list's default columns, for pages that show a fixed set of them (drill-downs). */
export async function DealTable({ deals }: { deals: RecentDeal[] }) {
  const { t } = await getI18n();
  if (deals.length === 0) return <EmptyState message={t("common.empty")} />;
  return <ListTable binding={DEAL_BINDING} rows={deals} columns={DEAL_BINDING.spec.defaultColumns} />;
}
