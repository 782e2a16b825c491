import "server-only";
import { db } from "@/lib/db/client";

/** The teams by name, with how many users are in each. */
export async function getTeams() {
  return db.team.findMany({
    select: { id: true, name: true, function: true, monthlyCapacity: true, _count: { select: { members: true } } },
    orderBy: { name: "asc" },
  });
}

export type TeamRow = Awaited<ReturnType<typeof getTeams>>[number];
