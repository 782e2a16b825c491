import { Prisma } from "@/generated/prisma/client";
import { ownerConditions, type MetricFilters } from "./filters";

/** Whether any filter restricts accounts; without one the revenue queries skip the joins. */
export function filtersAccounts(filters: MetricFilters): boolean {
  return Boolean(filters.segmentIds?.length || filters.sources?.length || filters.ownerIds?.length || filters.teamIds?.length);
}

/**
 * AND-conditions keeping the accounts (alias `a`, owner `u` LEFT JOINed by the caller) in the
 * filters' scope: segment is the account's, owner and team the account's owner and that
 * owner's team, and source the account's acquisition source — the source of its first won
 * NEW deal (a later win-back deal does not change where the customer came from).
 */
export function accountConditions(filters: MetricFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.segmentIds?.length) parts.push(Prisma.sql`a."segmentId" = ANY(${filters.segmentIds}::int[])`);
  if (filters.sources?.length) {
    parts.push(Prisma.sql`a.id IN (
      SELECT first_win."accountId" FROM (
        SELECT DISTINCT ON (w."accountId") w."accountId", w.source
          FROM "Deal" w
         WHERE w.type = 'NEW' AND w.status = 'WON'
         ORDER BY w."accountId", w."closedAt", w.id) first_win
       WHERE first_win.source::text = ANY(${filters.sources}::text[]))`);
  }
  const owner = ownerConditions(filters, "a", "u");
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")} ${owner}` : owner;
}

/**
 * A join restricting rows with an account id column (e.g. `r."accountId"`) to the accounts in
 * scope, exposing the account as `a`; empty when no filter restricts accounts.
 */
export function accountScopeJoin(accountId: Prisma.Sql, filters: MetricFilters): Prisma.Sql {
  if (!filtersAccounts(filters)) return Prisma.empty;
  return Prisma.sql`
    JOIN "Account" a ON a.id = ${accountId}
    LEFT JOIN "User" u ON u.id = a."ownerId"`;
}
