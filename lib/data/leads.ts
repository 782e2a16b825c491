import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";
import { RECENT_LIMIT } from "./list-limits";

/** What a list of leads shows for each row. */
export const LEAD_LIST_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  company: true,
  source: true,
  status: true,
  stage: true,
  fitScore: true,
  engagementScore: true,
  createdAt: true,
  owner: { select: { name: true } },
} as const satisfies Prisma.LeadSelect;

/** The most recently created leads, newest first, with what the list shows. */
export async function listRecentLeads(limit = RECENT_LIMIT) {
  return db.lead.findMany({
    select: LEAD_LIST_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentLead = Awaited<ReturnType<typeof listRecentLeads>>[number];

/** The leads with these ids, in the order of `ids` (a drill-down page). */
export async function listLeadsByIds(ids: readonly number[]): Promise<RecentLead[]> {
  return inIdOrder(ids, await db.lead.findMany({ select: LEAD_LIST_SELECT, where: { id: { in: [...ids] } } }));
}
