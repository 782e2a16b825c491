import { AccountTable } from "@/components/accounts/account-table";
import { DealTable } from "@/components/deals/deal-table";
import { LeadTable } from "@/components/leads/lead-table";
import { listAccountsByIds } from "@/lib/data/accounts";
import { listDealsByIds } from "@/lib/data/deals";
import { listLeadsByIds } from "@/lib/data/leads";
import type { DrillRecordKind } from "@/lib/drill/definition";

/** One page of a drill-down in the list of its record kind. */
export async function DrillRecords({ kind, ids }: { kind: DrillRecordKind; ids: number[] }) {
  if (kind === "LEAD") return <LeadTable leads={await listLeadsByIds(ids)} />;
  if (kind === "ACCOUNT") return <AccountTable accounts={await listAccountsByIds(ids)} />;
  return <DealTable deals={await listDealsByIds(ids)} />;
}
