import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";

/** What a list of deals shows for each row. */
export const DEAL_LIST_SELECT = {
  id: true,
  // The version the list showed, so a bulk move does not overwrite a record changed since.
  version: true,
  name: true,
  type: true,
  amountMinor: true,
  currency: true,
  pipelineStage: true,
  status: true,
  stage: true,
  source: true,
  openedAt: true,
  closeDate: true,
  account: { select: { name: true } },
  owner: { select: { name: true } },
} as const satisfies Prisma.DealSelect;

export type RecentDeal = Prisma.DealGetPayload<{ select: typeof DEAL_LIST_SELECT }>;

/** The deals with these ids, in the order of `ids` (a drill-down or list page). */
export async function listDealsByIds(ids: readonly number[], client: Pick<PrismaClient, "deal"> = db): Promise<RecentDeal[]> {
  return inIdOrder(ids, await client.deal.findMany({ select: DEAL_LIST_SELECT, where: { id: { in: [...ids] } } }));
}
