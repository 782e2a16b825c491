import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import { ownerConditions, type MetricFilters } from "./filters";

/**
 * `FROM … WHERE …` over the deals of one type in the filters' scope: deal `d`, its account
 * `a` and its owner `u`. Segment is the account's, source the deal's own, owner and team the
 * deal's owner and that owner's team. Callers append `AND …` conditions of their own.
 */
export function dealsInScope(dealType: DealType, filters: MetricFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`d.type = ${dealType}::"DealType"`];
  if (filters.segmentIds?.length) conditions.push(Prisma.sql`a."segmentId" = ANY(${filters.segmentIds}::int[])`);
  if (filters.sources?.length) conditions.push(Prisma.sql`d.source::text = ANY(${filters.sources}::text[])`);
  // Left joins, so that Postgres drops them when no condition or column needs them.
  return Prisma.sql`
    FROM "Deal" d
    LEFT JOIN "Account" a ON a.id = d."accountId"
    LEFT JOIN "User" u ON u.id = d."ownerId"
   WHERE ${Prisma.join(conditions, " AND ")} ${ownerConditions(filters, "d", "u")}`;
}

