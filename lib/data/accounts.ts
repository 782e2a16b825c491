import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";
import { RECENT_LIMIT } from "./list-limits";

/** What a list of accounts shows for each row. */
export const ACCOUNT_LIST_SELECT = {
  id: true,
  name: true,
  industry: true,
  country: true,
  tier: true,
  stage: true,
  createdAt: true,
  segment: { select: { nameEn: true, nameFi: true } },
  owner: { select: { name: true } },
} as const satisfies Prisma.AccountSelect;

/** The most recently created accounts, newest first, with what the list shows. */
export async function listRecentAccounts(limit = RECENT_LIMIT) {
  return db.account.findMany({
    select: ACCOUNT_LIST_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentAccount = Awaited<ReturnType<typeof listRecentAccounts>>[number];

/** The accounts with these ids, in the order of `ids` (a drill-down page). */
export async function listAccountsByIds(ids: readonly number[]): Promise<RecentAccount[]> {
  return inIdOrder(ids, await db.account.findMany({ select: ACCOUNT_LIST_SELECT, where: { id: { in: [...ids] } } }));
}
