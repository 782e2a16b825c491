import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";

/** What a list of contacts shows for each row. */
export const CONTACT_LIST_SELECT = {
  id: true,
  // The version the list showed, so a bulk move does not overwrite a record changed since.
  version: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  title: true,
  persona: true,
  stage: true,
  createdAt: true,
  account: { select: { name: true } },
  owner: { select: { name: true } },
} as const satisfies Prisma.ContactSelect;

export type RecentContact = Prisma.ContactGetPayload<{ select: typeof CONTACT_LIST_SELECT }>;

/** The contacts with these ids, in the order of `ids` (a list page). */
export async function listContactsByIds(ids: readonly number[], client: Pick<PrismaClient, "contact"> = db): Promise<RecentContact[]> {
  return inIdOrder(ids, await client.contact.findMany({ select: CONTACT_LIST_SELECT, where: { id: { in: [...ids] } } }));
}
