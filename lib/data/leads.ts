import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { LIST_COUNT_CAP, LIST_PAGE_SIZE, listIdPage } from "@/lib/records/list/page";
import { LEAD_LIST } from "@/lib/records/list/specs/leads";
import type { LeadCursor, LeadListView } from "@/lib/validation/lead-list";
import { inIdOrder } from "./id-order";

/** What a list of leads shows for each row. */
export const LEAD_LIST_SELECT = {
  id: true,
  // The version the list showed, so a bulk move does not overwrite a record changed since.
  version: true,
  firstName: true,
  lastName: true,
  company: true,
  source: true,
  status: true,
  stage: true,
  fitScore: true,
  engagementScore: true,
  createdAt: true,
  email: true,
  country: true,
  owner: { select: { name: true } },
  segment: { select: { nameEn: true, nameFi: true } },
} as const satisfies Prisma.LeadSelect;

export type RecentLead = Prisma.LeadGetPayload<{ select: typeof LEAD_LIST_SELECT }>;

type LeadListClient = Pick<PrismaClient, "$queryRaw" | "lead">;

/** The leads with these ids, in the order of `ids` (a drill-down or list page). */
export async function listLeadsByIds(ids: readonly number[], client: Pick<PrismaClient, "lead"> = db): Promise<RecentLead[]> {
  return inIdOrder(ids, await client.lead.findMany({ select: LEAD_LIST_SELECT, where: { id: { in: [...ids] } } }));
}

/** Rows on one page of the leads list. */
export const LEAD_PAGE_SIZE = LIST_PAGE_SIZE;
/** The count stops here: counting every match of a broad filter over a million leads is slow. */
export const LEAD_COUNT_CAP = LIST_COUNT_CAP;

export interface LeadListPage {
  leads: RecentLead[];
  /** Matching leads, at most LEAD_COUNT_CAP + 1 (then shown as "more than the cap"). */
  total: number;
  /** Where the next page starts; null on the last. */
  next: LeadCursor | null;
}

/** One page of the leads matching the view, in its order, after its cursor (keyset, never OFFSET). */
export async function listLeadPage(view: LeadListView, client: LeadListClient = db, size = LEAD_PAGE_SIZE): Promise<LeadListPage> {
  const page = await listIdPage(LEAD_LIST, view, client, { size });
  return { leads: await listLeadsByIds(page.ids, client), total: page.total ?? 0, next: page.next };
}
