import { ListTable } from "@/components/records/list/list-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { RecentLead } from "@/lib/data/leads";
import { getI18n } from "@/lib/i18n/server";
import { LEAD_BINDING } from "./lead-list";

/** Leads with the list's default columns, for pages that show a fixed set of them (drill-downs). */
export async function LeadTable({ leads }: { leads: RecentLead[] }) {
  const { t } = await getI18n();
  if (leads.length === 0) return <EmptyState message={t("common.empty")} />;
  return <ListTable binding={LEAD_BINDING} rows={leads} columns={LEAD_BINDING.spec.defaultColumns} />;
}
