import { Prisma } from "@/generated/prisma/client";
import type { DealType, LeadSource } from "@/generated/prisma/enums";
import type { AttributedDeal, AttributionTouch } from "../attribution";
import { touchSourceSql } from "./attribution-touch-source";
import type { QueryClient } from "./client";
import type { PeriodQuery } from "./query-options";
import { recordFilters } from "./record-filters";
import { at } from "./stage-sql";

/** At most this many touches per deal reach JavaScript (see attributionPaths). */
export const MAX_TOUCHES_PER_DEAL = 50;
// The first touch and the two role touches are always kept; the rest of the cap goes to the latest.
const LATEST_KEPT = MAX_TOUCHES_PER_DEAL - 3;

export interface AttributionQuery extends PeriodQuery {
  /** Which deals are attributed; new business by default, as expansion and renewal deals grow from the customer relationship rather than a source. */
  dealTypes?: DealType[];
}

type Row = { dealId: number; status: "WON" | "LOST"; amountMinor: number; sources: LeadSource[]; roles: number[] };

// Roles travel as bit flags beside the sources (1: lead creation, 2: opportunity creation),
// far lighter than a JSON object per touch.
const LEAD_CREATION = 1;
const OPPORTUNITY_CREATION = 2;

// The touch nearest an instant is the last one at or before it or the first one after it,
// whichever is closer (the earlier on a tie); of several at that instant, the lowest id.
// Found with aggregates per deal rather than a sort of each path per role.
function nearest(instant: Prisma.Sql): Prisma.Sql {
  const before = Prisma.sql`max(s."occurredAt") FILTER (WHERE s."occurredAt" <= ${instant})`;
  const after = Prisma.sql`min(s."occurredAt") FILTER (WHERE s."occurredAt" > ${instant})`;
  return Prisma.sql`CASE WHEN ${after} IS NULL OR ${instant} - ${before} <= ${after} - ${instant} THEN coalesce(${before}, ${after}) ELSE ${after} END`;
}

/**
 * The CTEs behind attributionPaths, for any query that reads the same deals and paths:
 * `deal` holds each deal attributed (id, status, amountMinor, …) and `kept` each touch kept
 * on its path ("dealId", id, "occurredAt", source, pos: 1 for the first, n: the path's
 * length before the cap, "leadCreation", "opportunityCreation"). Use as WITH ${attributionCtes(…)}.
 */
export function attributionCtes({ period, filters = {}, dealTypes = ["NEW"] }: AttributionQuery): Prisma.Sql {
  const touchesOf = (join: Prisma.Sql) => Prisma.sql`
    SELECT d.id AS "dealId", tp.id, tp."occurredAt", tp.type, tp."userId", tp."campaignId"
      FROM deal d ${join}
     WHERE tp."occurredAt" < d."closedAt"`;
  return Prisma.sql`
    deal AS (
      SELECT d.id, d.status, d."amountMinor", d."closedAt", d."openedAt", d."accountId",
             l.id AS "leadId", l."createdAt" AS "leadCreatedAt", coalesce(l.source, d.source) AS "pathSource"
        FROM "Deal" d
        JOIN "Account" a ON a.id = d."accountId"
        LEFT JOIN "Lead" l ON l."convertedDealId" = d.id
       WHERE d.status IN ('WON', 'LOST')
         AND d."closedAt" >= ${at(period.start)} AND d."closedAt" < ${at(period.end)}
         AND d.type::text = ANY(${dealTypes}::text[])
         ${recordFilters(filters, { alias: "d", segment: Prisma.sql`a."segmentId"`, source: Prisma.sql`d.source` })}),
    touch AS (
      ${touchesOf(Prisma.sql`JOIN "Touchpoint" tp ON tp."leadId" = d."leadId"`)}
      UNION
      ${touchesOf(Prisma.sql`JOIN "Touchpoint" tp ON tp."dealId" = d.id`)}
      UNION
      ${touchesOf(Prisma.sql`JOIN "Touchpoint" tp ON tp."accountId" = d."accountId"`)}
      UNION
      ${touchesOf(Prisma.sql`JOIN "Contact" c ON c."accountId" = d."accountId" JOIN "Touchpoint" tp ON tp."contactId" = c.id`)}),
    sourced AS MATERIALIZED (
      SELECT t."dealId", t.id, t."occurredAt", ${touchSourceSql(Prisma.sql`t`, Prisma.sql`cp`, Prisma.sql`d."pathSource"`)} AS source,
             d."leadCreatedAt", d."openedAt"
        FROM touch t
        JOIN deal d ON d.id = t."dealId"
        LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"),
    anchor AS (
      SELECT s."dealId",
             ${nearest(Prisma.sql`s."leadCreatedAt"`)} AS "leadTouchAt",
             ${nearest(Prisma.sql`s."openedAt"`)} AS "openTouchAt"
        FROM sourced s
       WHERE s.source IS NOT NULL
       GROUP BY s."dealId", s."leadCreatedAt", s."openedAt"),
    ranked AS (
      SELECT s."dealId", s.id, s."occurredAt", s.source,
             row_number() OVER (PARTITION BY s."dealId" ORDER BY s."occurredAt", s.id) AS pos,
             count(*) OVER (PARTITION BY s."dealId") AS n,
             coalesce(s.id = min(s.id) FILTER (WHERE s."occurredAt" = a."leadTouchAt") OVER (PARTITION BY s."dealId"), false) AS "leadCreation",
             s.id = min(s.id) FILTER (WHERE s."occurredAt" = a."openTouchAt") OVER (PARTITION BY s."dealId") AS "opportunityCreation"
        FROM sourced s
        JOIN anchor a ON a."dealId" = s."dealId"
       WHERE s.source IS NOT NULL),
    kept AS (
      SELECT * FROM ranked r
       WHERE r.pos = 1 OR r."leadCreation" OR r."opportunityCreation" OR r.n - r.pos < ${LATEST_KEPT}::int)`;
}

/**
 * The attribution input: each deal of the given types closed WON or LOST in P (closedAt in
 * P), with its touch path. The path is every touchpoint before the close (occurredAt <
 * closedAt) of the deal's origin lead (the lead whose convertedDealId is the deal), of the
 * deal itself, of its account, or of a contact at its account, each once, in time order.
 * A touch's source is given by attribution-touch-source.ts; touches with none are left out.
 * Roles: the first touch; the lead-creation touch is the one nearest the origin lead's
 * creation (none without an origin lead); the opportunity-creation touch the one nearest
 * Deal.openedAt; ties go to the earlier touch. Capped per deal: the first touch, the two
 * role touches and the latest others, MAX_TOUCHES_PER_DEAL in all. Filters: the deal's
 * account's segment, the deal's source, its owner (and team).
 */
export async function attributionPaths(client: QueryClient, query: AttributionQuery): Promise<AttributedDeal[]> {
  const rows = await client.$queryRaw<Row[]>`
    WITH ${attributionCtes(query)}
    SELECT d.id AS "dealId", d.status::text AS status, d."amountMinor",
           coalesce(array_agg(k.source::text ORDER BY k."occurredAt", k.id) FILTER (WHERE k.id IS NOT NULL), '{}') AS sources,
           coalesce(array_agg(k."leadCreation"::int + 2 * k."opportunityCreation"::int ORDER BY k."occurredAt", k.id)
                      FILTER (WHERE k.id IS NOT NULL), '{}') AS roles
      FROM deal d
      LEFT JOIN kept k ON k."dealId" = d.id
     GROUP BY d.id, d.status, d."amountMinor"
     ORDER BY d.id`;
  return rows.map((row) => ({
    dealId: row.dealId,
    status: row.status,
    amountMinor: row.amountMinor,
    touches: row.sources.map((source, index): AttributionTouch => {
      const role = row.roles[index] ?? 0;
      return { source, leadCreation: (role & LEAD_CREATION) !== 0, opportunityCreation: (role & OPPORTUNITY_CREATION) !== 0 };
    }),
  }));
}
