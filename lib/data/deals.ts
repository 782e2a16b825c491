import "server-only";
import { db } from "@/lib/db/client";
import { RECENT_LIMIT } from "./list-limits";

/** The most recently opened deals, newest first, with what the list shows. */
export async function listRecentDeals(limit = RECENT_LIMIT) {
  return db.deal.findMany({
    select: {
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
    },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentDeal = Awaited<ReturnType<typeof listRecentDeals>>[number];
