import type { CsvCell } from "@/lib/csv/write";
import type { RecentAccount } from "@/lib/data/accounts";
import type { RecentDeal } from "@/lib/data/deals";
import type { RecentLead } from "@/lib/data/leads";
import type { DrillRecordKind } from "@/lib/drill/definition";

// Codes and ISO dates, not labels, so a spreadsheet sorts and filters them in any language.
export const RECORD_CSV_HEADER: Record<DrillRecordKind, readonly string[]> = {
  LEAD: ["id", "first_name", "last_name", "company", "source", "status", "stage", "fit_score", "engagement_score", "owner", "created_at"],
  ACCOUNT: ["id", "name", "industry", "country", "segment", "tier", "stage", "owner", "created_at"],
  DEAL: ["id", "name", "account", "type", "amount", "currency", "pipeline_stage", "status", "close_date", "owner"],
};

export function leadRow(lead: RecentLead): CsvCell[] {
  return [lead.id, lead.firstName, lead.lastName, lead.company, lead.source, lead.status, lead.stage, lead.fitScore, lead.engagementScore, lead.owner?.name, lead.createdAt];
}

export function accountRow(account: RecentAccount): CsvCell[] {
  return [account.id, account.name, account.industry, account.country, account.segment?.nameEn, account.tier, account.stage, account.owner?.name, account.createdAt];
}

/** Amounts in major units with a decimal point, as the currency's minor unit is cents. */
export function dealRow(deal: RecentDeal): CsvCell[] {
  return [deal.id, deal.name, deal.account?.name, deal.type, (Number(deal.amountMinor) / 100).toFixed(2), deal.currency, deal.pipelineStage, deal.status, deal.closeDate?.toISOString().slice(0, 10), deal.owner?.name];
}
