import "server-only";
import { db } from "@/lib/db/client";
import { RECENT_LIMIT } from "./list-limits";

/** The most recently created accounts, newest first, with what the list shows. */
export async function listRecentAccounts(limit = RECENT_LIMIT) {
  return db.account.findMany({
    select: {
      id: true,
      name: true,
      industry: true,
      country: true,
      tier: true,
      stage: true,
      createdAt: true,
      segment: { select: { nameEn: true, nameFi: true } },
      owner: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentAccount = Awaited<ReturnType<typeof listRecentAccounts>>[number];
