import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";
import { RECENT_LIMIT } from "./list-limits";

/** What a list of deals shows for each row. */
export const DEAL_LIST_SELECT = {
  id: true,
  name: true,
  type: true,
  amountMinor: true,
  currency: true,
  pipelineStage: true,
  status: true,
  closeDate: true,
  account: { select: { name: true } },
  owner: { select: { name: true } },
} as const satisfies Prisma.DealSelect;

/** The most recently opened deals, newest first, with what the list shows. */
export async function listRecentDeals(limit = RECENT_LIMIT) {
  return db.deal.findMany({
    select: DEAL_LIST_SELECT,
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentDeal = Awaited<ReturnType<typeof listRecentDeals>>[number];

/** The deals with these ids, in the order of `ids` (a drill-down page). */
export async function listDealsByIds(ids: readonly number[]): Promise<RecentDeal[]> {
  return inIdOrder(ids, await db.deal.findMany({ select: DEAL_LIST_SELECT, where: { id: { in: [...ids] } } }));
}
