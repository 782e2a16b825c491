import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { inIdOrder } from "./id-order";

/** What a list of accounts shows for each row. */
export const ACCOUNT_LIST_SELECT = {
  id: true,
  // The version the list showed, so a bulk move does not overwrite a record changed since.
  version: true,
  name: true,
  domain: true,
  industry: true,
  employees: true,
  country: true,
  tier: true,
  stage: true,
  createdAt: true,
  segment: { select: { nameEn: true, nameFi: true } },
  owner: { select: { name: true } },
} as const satisfies Prisma.AccountSelect;

export type RecentAccount = Prisma.AccountGetPayload<{ select: typeof ACCOUNT_LIST_SELECT }>;

/** The accounts with these ids, in the order of `ids` (a drill-down or list page). */
export async function listAccountsByIds(ids: readonly number[], client: Pick<PrismaClient, "account"> = db): Promise<RecentAccount[]> {
  return inIdOrder(ids, await client.account.findMany({ select: ACCOUNT_LIST_SELECT, where: { id: { in: [...ids] } } }));
}

/**
 * The countries accounts are in, for the list's filter. A handful of values among every
 * account: each is found with one probe of the country index, the next after the last,
 * rather than by reading every account (Prisma's `distinct` does that in the app).
 */
export async function listAccountCountries(): Promise<string[]> {
  const rows = await db.$queryRaw<{ country: string }[]>`
    WITH RECURSIVE found AS (
      (SELECT country FROM "Account" ORDER BY country LIMIT 1)
      UNION ALL
      SELECT (SELECT a.country FROM "Account" a WHERE a.country > found.country ORDER BY a.country LIMIT 1) FROM found WHERE found.country IS NOT NULL
    )
    SELECT country FROM found WHERE country IS NOT NULL`;
  return rows.map((row) => row.country);
}
