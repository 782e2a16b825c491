import { Prisma } from "@/generated/prisma/client";
import type { EntityKind, LeadSource } from "@/generated/prisma/enums";

/** The filters every dashboard offers; an absent or empty list means "all". */
export type MetricFilters = {
  segmentIds?: number[];
  sources?: LeadSource[];
  ownerIds?: number[];
  teamIds?: number[];
};

const OWNER_TABLE: Record<EntityKind, string> = {
  LEAD: '"Lead"',
  CONTACT: '"Contact"',
  ACCOUNT: '"Account"',
  DEAL: '"Deal"',
};

const has = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/**
 * AND-conditions restricting StageTransition rows (alias `t`) to the filters. Segment and
 * source are the values copied onto the transition when it was written; owner and team are
 * the record's current owner and that owner's team. Pass the record kind when the query
 * reads only one, so the owner is looked up in that table alone.
 */
export function transitionFilters(filters: MetricFilters, alias = "t", kind?: EntityKind): Prisma.Sql {
  const t = Prisma.raw(alias);
  const parts: Prisma.Sql[] = [];
  if (has(filters.segmentIds)) parts.push(Prisma.sql`${t}."segmentId" = ANY(${filters.segmentIds}::int[])`);
  if (has(filters.sources)) parts.push(Prisma.sql`${t}."source"::text = ANY(${filters.sources}::text[])`);
  if (has(filters.ownerIds) || has(filters.teamIds)) {
    const owner = (kind: EntityKind) => Prisma.sql`
      (${t}."entityKind" = ${kind}::"EntityKind" AND EXISTS (
        SELECT 1 FROM ${Prisma.raw(OWNER_TABLE[kind])} r LEFT JOIN "User" u ON u.id = r."ownerId"
         WHERE r.id = ${t}."entityId" ${ownerConditions(filters, "r", "u")}))`;
    // A query over one record kind probes only that kind's table.
    const kinds = kind ? [kind] : (["LEAD", "CONTACT", "ACCOUNT", "DEAL"] as const);
    parts.push(Prisma.sql`(${Prisma.join(kinds.map(owner), " OR ")})`);
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** AND-conditions on a record table (alias `record`) and its owner (alias `owner`, joined by the caller). */
export function ownerConditions(filters: MetricFilters, record: string, owner: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (has(filters.ownerIds)) parts.push(Prisma.sql`${Prisma.raw(record)}."ownerId" = ANY(${filters.ownerIds}::int[])`);
  if (has(filters.teamIds)) parts.push(Prisma.sql`${Prisma.raw(owner)}."teamId" = ANY(${filters.teamIds}::int[])`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}
