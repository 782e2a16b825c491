import { Prisma } from "@/generated/prisma/client";
import { ownerConditions, type MetricFilters } from "./filters";

/** Whether a filter list selects anything (absent or empty means "all"). */
export const hasAny = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/** Where a record table keeps what the filters test: its alias and its segment and source expressions. */
export interface RecordColumns {
  alias: string;
  segment: Prisma.Sql;
  source: Prisma.Sql;
}

/**
 * AND-conditions restricting rows of a record table to the filters: segment and source as
 * the given expressions, owner and team as the record's current owner and that owner's team.
 */
export function recordFilters(filters: MetricFilters, columns: RecordColumns): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (hasAny(filters.segmentIds)) parts.push(Prisma.sql`${columns.segment} = ANY(${filters.segmentIds}::int[])`);
  if (hasAny(filters.sources)) parts.push(Prisma.sql`${columns.source}::text = ANY(${filters.sources}::text[])`);
  if (hasAny(filters.ownerIds) || hasAny(filters.teamIds)) {
    const record = Prisma.raw(columns.alias);
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${record}."ownerId" ${ownerConditions(filters, columns.alias, "u")})`);
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** recordFilters for "Lead" rows under `alias`: the lead's own segment and source. */
export function leadFilters(filters: MetricFilters, alias = "l"): Prisma.Sql {
  const lead = Prisma.raw(alias);
  return recordFilters(filters, { alias, segment: Prisma.sql`${lead}."segmentId"`, source: Prisma.sql`${lead}.source` });
}
