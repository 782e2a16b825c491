import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";

/** The users a bulk action may assign records to: active ones only, by name. */
export function listActiveOwners(client: Pick<PrismaClient, "user"> = db): Promise<{ id: number; name: string }[]> {
  return client.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
