import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";

type Client = Pick<PrismaClient, "lead" | "contact" | "account" | "deal">;

const person = { select: { id: true, name: true } } as const;
const segment = { select: { id: true, nameEn: true, nameFi: true } } as const;

/** Everything a lead's page shows about the lead itself; related records come from lib/records/related. */
const LEAD_DETAIL = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  title: true,
  persona: true,
  company: true,
  companyDomain: true,
  industry: true,
  employees: true,
  country: true,
  accountId: true,
  segmentId: true,
  source: true,
  fitScore: true,
  engagementScore: true,
  status: true,
  stage: true,
  firstTouchAt: true,
  mqlAt: true,
  acceptedAt: true,
  rejectedAt: true,
  rejectionReason: true,
  rejectionNote: true,
  convertedAt: true,
  convertedContactId: true,
  convertedDealId: true,
  externalId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: person,
  segment,
  campaign: { select: { id: true, name: true } },
  mqlCriteria: { select: { id: true, version: true } },
} as const satisfies Prisma.LeadSelect;

const CONTACT_DETAIL = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  title: true,
  persona: true,
  accountId: true,
  stage: true,
  externalId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: person,
} as const satisfies Prisma.ContactSelect;

const ACCOUNT_DETAIL = {
  id: true,
  name: true,
  domain: true,
  industry: true,
  employees: true,
  country: true,
  tier: true,
  stage: true,
  customerSince: true,
  churnedAt: true,
  frameworkAgreement: true,
  expectedOrderIntervalDays: true,
  externalId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: person,
  segment,
} as const satisfies Prisma.AccountSelect;

const DEAL_DETAIL = {
  id: true,
  name: true,
  accountId: true,
  type: true,
  amountMinor: true,
  currency: true,
  productLine: true,
  pipelineStage: true,
  status: true,
  stage: true,
  openedAt: true,
  closeDate: true,
  closedAt: true,
  lostReason: true,
  source: true,
  externalId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: person,
} as const satisfies Prisma.DealSelect;

export type LeadDetail = Prisma.LeadGetPayload<{ select: typeof LEAD_DETAIL }>;
export type ContactDetail = Prisma.ContactGetPayload<{ select: typeof CONTACT_DETAIL }>;
export type AccountDetail = Prisma.AccountGetPayload<{ select: typeof ACCOUNT_DETAIL }>;
export type DealDetail = Prisma.DealGetPayload<{ select: typeof DEAL_DETAIL }>;

export function loadLeadDetail(id: number, client: Client = db): Promise<LeadDetail | null> {
  return client.lead.findUnique({ where: { id }, select: LEAD_DETAIL });
}

export function loadContactDetail(id: number, client: Client = db): Promise<ContactDetail | null> {
  return client.contact.findUnique({ where: { id }, select: CONTACT_DETAIL });
}

export function loadAccountDetail(id: number, client: Client = db): Promise<AccountDetail | null> {
  return client.account.findUnique({ where: { id }, select: ACCOUNT_DETAIL });
}

export function loadDealDetail(id: number, client: Client = db): Promise<DealDetail | null> {
  return client.deal.findUnique({ where: { id }, select: DEAL_DETAIL });
}
