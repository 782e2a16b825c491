import "server-only";
import { db } from "@/lib/db/client";
import { RECENT_LIMIT } from "./list-limits";

/** The most recently created leads, newest first, with what the list shows. */
export async function listRecentLeads(limit = RECENT_LIMIT) {
  return db.lead.findMany({
    select: {
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
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type RecentLead = Awaited<ReturnType<typeof listRecentLeads>>[number];
