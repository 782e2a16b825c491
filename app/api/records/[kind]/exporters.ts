import type { EntityKind } from "@/generated/prisma/enums";
import { listAccountsByIds, type RecentAccount } from "@/lib/data/accounts";
import { listContactsByIds, type RecentContact } from "@/lib/data/contacts";
import { listDealsByIds, type RecentDeal } from "@/lib/data/deals";
import { listLeadsByIds, type RecentLead } from "@/lib/data/leads";
import { ACCOUNT_LIST, CONTACT_LIST, DEAL_LIST, LEAD_LIST } from "@/lib/records/list/specs";
import { listCsv, type CsvExporter, type ListCsv } from "./list-csv";

// Codes and ISO dates, not labels, so a spreadsheet sorts and filters them in any language.
const day = (date: Date) => date.toISOString().slice(0, 10);
const person = { header: ["id", "first_name", "last_name"], cells: (row: { id: number; firstName: string; lastName: string }) => [row.id, row.firstName, row.lastName] };
const named = { header: ["id", "name"], cells: (row: { id: number; name: string }) => [row.id, row.name] };

const LEAD: CsvExporter<RecentLead> = {
  spec: LEAD_LIST,
  rows: (ids, client) => listLeadsByIds(ids, client),
  lead: person,
  columns: {
    company: { header: "company", cell: (lead) => lead.company },
    email: { header: "email", cell: (lead) => lead.email },
    source: { header: "source", cell: (lead) => lead.source },
    status: { header: "status", cell: (lead) => lead.status },
    stage: { header: "stage", cell: (lead) => lead.stage },
    fit: { header: "fit_score", cell: (lead) => lead.fitScore },
    engagement: { header: "engagement_score", cell: (lead) => lead.engagementScore },
    segment: { header: "segment", cell: (lead) => lead.segment?.nameEn },
    country: { header: "country", cell: (lead) => lead.country },
    owner: { header: "owner", cell: (lead) => lead.owner?.name },
    created: { header: "created_at", cell: (lead) => lead.createdAt },
  },
};

const CONTACT: CsvExporter<RecentContact> = {
  spec: CONTACT_LIST,
  rows: (ids, client) => listContactsByIds(ids, client),
  lead: person,
  columns: {
    account: { header: "account", cell: (contact) => contact.account?.name },
    title: { header: "title", cell: (contact) => contact.title },
    email: { header: "email", cell: (contact) => contact.email },
    phone: { header: "phone", cell: (contact) => contact.phone },
    persona: { header: "persona", cell: (contact) => contact.persona },
    stage: { header: "stage", cell: (contact) => contact.stage },
    owner: { header: "owner", cell: (contact) => contact.owner?.name },
    created: { header: "created_at", cell: (contact) => contact.createdAt },
  },
};

const ACCOUNT: CsvExporter<RecentAccount> = {
  spec: ACCOUNT_LIST,
  rows: (ids, client) => listAccountsByIds(ids, client),
  lead: named,
  columns: {
    domain: { header: "domain", cell: (account) => account.domain },
    industry: { header: "industry", cell: (account) => account.industry },
    employees: { header: "employees", cell: (account) => account.employees },
    country: { header: "country", cell: (account) => account.country },
    segment: { header: "segment", cell: (account) => account.segment?.nameEn },
    tier: { header: "tier", cell: (account) => account.tier },
    stage: { header: "stage", cell: (account) => account.stage },
    owner: { header: "owner", cell: (account) => account.owner?.name },
    created: { header: "created_at", cell: (account) => account.createdAt },
  },
};

const DEAL: CsvExporter<RecentDeal> = {
  spec: DEAL_LIST,
  rows: (ids, client) => listDealsByIds(ids, client),
  lead: { header: ["id", "name", "currency"], cells: (deal) => [deal.id, deal.name, deal.currency] },
  columns: {
    account: { header: "account", cell: (deal) => deal.account.name },
    type: { header: "type", cell: (deal) => deal.type },
    // Major units with a decimal point; the currency is among the leading cells.
    amount: { header: "amount", cell: (deal) => (deal.amountMinor / 100).toFixed(2) },
    pipeline: { header: "pipeline_stage", cell: (deal) => deal.pipelineStage },
    status: { header: "status", cell: (deal) => deal.status },
    stage: { header: "stage", cell: (deal) => deal.stage },
    source: { header: "source", cell: (deal) => deal.source },
    close: { header: "close_date", cell: (deal) => day(deal.closeDate) },
    opened: { header: "opened_at", cell: (deal) => deal.openedAt },
    owner: { header: "owner", cell: (deal) => deal.owner?.name },
  },
};

/** Each kind's CSV export; the route picks one by the list's name in its path. */
export const LIST_CSV: Record<EntityKind, ListCsv> = { LEAD: listCsv(LEAD), CONTACT: listCsv(CONTACT), ACCOUNT: listCsv(ACCOUNT), DEAL: listCsv(DEAL) };
