import { Prisma } from "@/generated/prisma/client";
import type { LeadSource } from "@/generated/prisma/enums";
import type { SourceStageEntries } from "../source-conversion";
import type { QueryClient } from "./client";
import type { PeriodQuery } from "./query-options";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { leadFilters } from "./record-filters";
import { at, stageOrderSql } from "./stage-sql";

/** The stages a lead cohort is followed through: its own three, then the win of its deal. */
export const LEAD_REACH_STAGES = ["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"] as const;

type Row = { source: LeadSource; awareness: number; consideration: number; comparison: number; purchase: number };

const order = (stage: (typeof LEAD_REACH_STAGES)[number]) => Prisma.raw(String(BOWTIE_STAGES.indexOf(stage) + 1));

/**
 * The lead cohort of P by source: leads created in P (and before as-of), grouped by the
 * lead's source, and how many of them had reached each later stage by as-of. A lead has
 * reached S when one of its transitions entered S or a later bow-tie stage (a skip passes
 * S), and PURCHASE when the deal it converted into (Lead.convertedDealId) entered PURCHASE.
 * Rows come as SourceStageEntries with the AWARENESS row as the cohort's size, so
 * sourceConversion(rows, "AWARENESS", S) is the cohort's conversion to S. Filters: the
 * lead's segment, source and owner (and team).
 */
export async function sourceReach(
  client: QueryClient,
  { period, filters = {}, asOf }: PeriodQuery & { asOf: Date },
): Promise<SourceStageEntries[]> {
  // Every cohort member has reached awareness by being created, so only the lead's moves
  // further on are read, and most of a lead log is entries into awareness.
  const rows = await client.$queryRaw<Row[]>`
    WITH cohort AS MATERIALIZED (
      SELECT l.id, l.source, l."convertedDealId"
        FROM "Lead" l
       WHERE l."createdAt" >= ${at(period.start)} AND l."createdAt" < ${at(period.end)}
         AND l."createdAt" < ${at(asOf)}
         ${leadFilters(filters)}),
    lead_reach AS (
      SELECT t."entityId" AS id, max(${stageOrderSql(Prisma.sql`t."toStage"`)}) AS furthest
        FROM "StageTransition" t
        JOIN cohort c ON c.id = t."entityId"
       WHERE t."entityKind" = 'LEAD' AND t."toStage" <> 'AWARENESS' AND t."occurredAt" < ${at(asOf)}
       GROUP BY t."entityId"),
    won AS (
      SELECT DISTINCT c.id
        FROM cohort c
        JOIN "StageTransition" w ON w."entityKind" = 'DEAL' AND w."entityId" = c."convertedDealId"
       WHERE w."toStage" = 'PURCHASE' AND w."occurredAt" < ${at(asOf)}),
    reached AS (
      SELECT c.source, greatest(r.furthest, CASE WHEN won.id IS NOT NULL THEN ${order("PURCHASE")} END) AS reached
        FROM cohort c
        LEFT JOIN lead_reach r ON r.id = c.id
        LEFT JOIN won ON won.id = c.id)
    SELECT source::text AS source,
           count(*)::int AS awareness,
           count(*) FILTER (WHERE reached >= ${order("CONSIDERATION")})::int AS consideration,
           count(*) FILTER (WHERE reached >= ${order("COMPARISON")})::int AS comparison,
           count(*) FILTER (WHERE reached >= ${order("PURCHASE")})::int AS purchase
      FROM reached
     GROUP BY source
     ORDER BY source`;
  return rows.flatMap((row) => [
    { source: row.source, stage: "AWARENESS" as const, records: row.awareness },
    { source: row.source, stage: "CONSIDERATION" as const, records: row.consideration },
    { source: row.source, stage: "COMPARISON" as const, records: row.comparison },
    { source: row.source, stage: "PURCHASE" as const, records: row.purchase },
  ]);
}
