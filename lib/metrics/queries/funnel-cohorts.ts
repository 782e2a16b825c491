import { Prisma } from "@/generated/prisma/client";
import type { BowtieStage } from "@/lib/bowtie/stages";
import type { FurthestStageCount } from "../furthest-stage";
import type { QueryClient } from "./client";
import { transitionFilters, type MetricFilters } from "./filters";
import type { Period } from "../period";
import { at, stageOrderSql } from "./stage-sql";
import { transitionMonthSql } from "./stage-flows-monthly";

const STAGE_NAMES = Prisma.raw(`ARRAY['AWARENESS', 'CONSIDERATION', 'COMPARISON', 'PURCHASE', 'ONBOARDING', 'IMPACT', 'EXPANSION']`);

export interface FunnelCohortQuery {
  /** Leads whose first placement on the bow-tie occurred in this window (whole months). */
  period: Period;
  asOf: Date;
  filters?: MetricFilters;
}

/**
 * One row per lead entering the funnel in the window (its first placement, before as-of):
 * `id`, its entry `month`, and `furthest`, the furthest stage it reached by as-of: the
 * latest along the bow-tie of its own transitions, or PURCHASE when the deal it converted
 * into was won by then (the lead's own trail ends at comparison; the sale is the deal's).
 * Filters apply to the entry transition. The cohort table groups these rows; its drill-down
 * selects from them, so both count the same leads.
 */
export function funnelCohortMembers({ period, asOf, filters = {} }: FunnelCohortQuery): Prisma.Sql {
  const end = period.end.getTime() < asOf.getTime() ? period.end : asOf;
  // Every later move of a cohort lead comes after its entry, so one range scan of the lead
  // transitions from the window's start, grouped per lead, finds the furthest stage; a
  // lookup per lead costs ten times more at a million leads.
  return Prisma.sql`
    WITH cohort AS MATERIALIZED (
      SELECT t."entityId" AS id, ${transitionMonthSql} AS month
        FROM "StageTransition" t
       WHERE t."entityKind" = 'LEAD' AND t."fromStage" IS NULL
         AND t."occurredAt" >= ${at(period.start)} AND t."occurredAt" < ${at(end)}
         ${transitionFilters(filters, "t", "LEAD")}),
    reached AS (
      SELECT m."entityId" AS id, max(${stageOrderSql(Prisma.sql`m."toStage"`)}) AS furthest
        FROM "StageTransition" m
       WHERE m."entityKind" = 'LEAD' AND m."occurredAt" >= ${at(period.start)} AND m."occurredAt" < ${at(asOf)}
         AND m."entityId" IN (SELECT id FROM cohort)
       GROUP BY 1)
    SELECT c.id, c.month, (${STAGE_NAMES})[GREATEST(r.furthest, CASE WHEN d.id IS NOT NULL THEN 4 END)] AS furthest
      FROM cohort c
      JOIN reached r ON r.id = c.id
      JOIN "Lead" l ON l.id = c.id
      LEFT JOIN "Deal" d ON d.id = l."convertedDealId" AND d.status = 'WON' AND d."closedAt" < ${at(asOf)}`;
}

/** The lead cohort table's counts: leads per entry month and furthest stage reached by as-of. */
export async function funnelCohortCounts(client: QueryClient, query: FunnelCohortQuery): Promise<FurthestStageCount[]> {
  const rows = await client.$queryRaw<{ cohortMonth: Date; furthest: BowtieStage; records: number }[]>`
    SELECT c.month AS "cohortMonth", c.furthest, count(*)::int AS records
      FROM (${funnelCohortMembers(query)}) c
     GROUP BY 1, 2`;
  return rows;
}
