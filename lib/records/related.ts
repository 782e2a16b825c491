import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DealStatus, DealType, LeadStatus, Stage } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";

type Client = Pick<PrismaClient, "lead" | "contact" | "account" | "deal" | "monthlyRevenue">;

/** How many of each kind an account's page lists; the count says how many there are in all. */
export const RELATED_LIMIT = 20;

export type AccountRef = { id: number; name: string; stage: Stage };
export type ContactRef = { id: number; firstName: string; lastName: string; title: string | null; stage: Stage };
export type LeadRef = { id: number; firstName: string; lastName: string; status: LeadStatus; stage: Stage; createdAt: Date };
export type DealRef = { id: number; name: string; type: DealType; status: DealStatus; stage: Stage; amountMinor: number; currency: string; closeDate: Date };
export type Capped<T> = { rows: T[]; total: number };

const ACCOUNT_REF = { id: true, name: true, stage: true } as const;
const CONTACT_REF = { id: true, firstName: true, lastName: true, title: true, stage: true } as const;
const LEAD_REF = { id: true, firstName: true, lastName: true, status: true, stage: true, createdAt: true } as const;
const DEAL_REF = { id: true, name: true, type: true, status: true, stage: true, amountMinor: true, currency: true, closeDate: true } as const;

/** Money per currency: deals can be sold in more than one, and sums across currencies mean nothing. */
export type MoneyByCurrency = { currency: string; amountMinor: number; count: number }[];

export type RevenueSummary = {
  won: MoneyByCurrency;
  open: MoneyByCurrency;
  lostCount: number;
  /** The latest month of recurring revenue on record, if any. */
  latestMrr: { month: Date; mrrMinor: number; currency: string } | null;
};

export type AccountRelated = { contacts: Capped<ContactRef>; leads: Capped<LeadRef>; deals: Capped<DealRef>; revenue: RevenueSummary };

export async function loadAccountRelated(accountId: number, client: Client = db): Promise<AccountRelated> {
  const where = { accountId };
  const [contacts, contactCount, leads, leadCount, deals, dealCount, byStatus, latestMrr] = await Promise.all([
    client.contact.findMany({ where, select: CONTACT_REF, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], take: RELATED_LIMIT }),
    client.contact.count({ where }),
    client.lead.findMany({ where, select: LEAD_REF, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RELATED_LIMIT }),
    client.lead.count({ where }),
    client.deal.findMany({ where, select: DEAL_REF, orderBy: [{ openedAt: "desc" }, { id: "desc" }], take: RELATED_LIMIT }),
    client.deal.count({ where }),
    client.deal.groupBy({ by: ["status", "currency"], where, _sum: { amountMinor: true }, _count: { _all: true }, orderBy: [{ status: "asc" }, { currency: "asc" }] }),
    client.monthlyRevenue.findFirst({ where, select: { month: true, mrrMinor: true, currency: true }, orderBy: { month: "desc" } }),
  ]);
  const money = (status: DealStatus): MoneyByCurrency =>
    byStatus
      .filter((group) => group.status === status)
      .map((group) => ({ currency: group.currency, amountMinor: group._sum.amountMinor ?? 0, count: group._count._all }));
  return {
    contacts: { rows: contacts, total: contactCount },
    leads: { rows: leads, total: leadCount },
    deals: { rows: deals, total: dealCount },
    revenue: {
      won: money("WON"),
      open: money("OPEN"),
      lostCount: money("LOST").reduce((sum, group) => sum + group.count, 0),
      latestMrr,
    },
  };
}

export type ContactRelated = { account: AccountRef | null; originLead: LeadRef | null; deal: DealRef | null };

/** A contact's company, and the lead it was converted from with the deal that conversion opened. */
export async function loadContactRelated(contact: { id: number; accountId: number | null }, client: Client = db): Promise<ContactRelated> {
  const [account, originLead] = await Promise.all([
    contact.accountId === null ? null : client.account.findUnique({ where: { id: contact.accountId }, select: ACCOUNT_REF }),
    client.lead.findFirst({
      where: { convertedContactId: contact.id },
      select: { ...LEAD_REF, convertedDeal: { select: DEAL_REF } },
      orderBy: { id: "asc" },
    }),
  ]);
  if (!originLead) return { account, originLead: null, deal: null };
  const { convertedDeal, ...lead } = originLead;
  return { account, originLead: lead, deal: convertedDeal };
}

export type LeadRelated = { account: AccountRef | null; contact: ContactRef | null; deal: DealRef | null };

/** A lead's company and, once converted, the contact and deal it became. */
export async function loadLeadRelated(
  lead: { accountId: number | null; convertedContactId: number | null; convertedDealId: number | null },
  client: Client = db,
): Promise<LeadRelated> {
  const [account, contact, deal] = await Promise.all([
    lead.accountId === null ? null : client.account.findUnique({ where: { id: lead.accountId }, select: ACCOUNT_REF }),
    lead.convertedContactId === null ? null : client.contact.findUnique({ where: { id: lead.convertedContactId }, select: CONTACT_REF }),
    lead.convertedDealId === null ? null : client.deal.findUnique({ where: { id: lead.convertedDealId }, select: DEAL_REF }),
  ]);
  return { account, contact, deal };
}

export type DealRelated = { account: AccountRef | null; originLead: LeadRef | null; contact: ContactRef | null };

/** A deal's account, and the lead whose conversion opened it with the contact it became. */
export async function loadDealRelated(deal: { id: number; accountId: number }, client: Client = db): Promise<DealRelated> {
  const [account, originLead] = await Promise.all([
    client.account.findUnique({ where: { id: deal.accountId }, select: ACCOUNT_REF }),
    client.lead.findUnique({ where: { convertedDealId: deal.id }, select: { ...LEAD_REF, convertedContact: { select: CONTACT_REF } } }),
  ]);
  if (!originLead) return { account, originLead: null, contact: null };
  const { convertedContact, ...lead } = originLead;
  return { account, originLead: lead, contact: convertedContact };
}
