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
  const won = Prisma.sql`EXISTS (SELECT 1 FROM "Lead" l JOIN "Deal" d ON d.id = l."convertedDealId"
                           WHERE l.id = t."entityId" AND d.status = 'WON' AND d."closedAt" < ${at(asOf)})`;
  return Prisma.sql`
    SELECT t."entityId" AS id, ${transitionMonthSql} AS month,
           (${STAGE_NAMES})[GREATEST(
             (SELECT max(${stageOrderSql(Prisma.sql`m."toStage"`)}) FROM "StageTransition" m
               WHERE m."entityKind" = 'LEAD' AND m."entityId" = t."entityId" AND m."occurredAt" < ${at(asOf)}),
             CASE WHEN ${won} THEN 4 END)] AS furthest
      FROM "StageTransition" t
     WHERE t."entityKind" = 'LEAD' AND t."fromStage" IS NULL
       AND t."occurredAt" >= ${at(period.start)} AND t."occurredAt" < ${at(end)}
       ${transitionFilters(filters, "t", "LEAD")}`;
}

/** The lead cohort table's counts: leads per entry month and furthest stage reached by as-of. */
export async function funnelCohortCounts(client: QueryClient, query: FunnelCohortQuery): Promise<FurthestStageCount[]> {
  const rows = await client.$queryRaw<{ cohortMonth: Date; furthest: BowtieStage; records: number }[]>`
    SELECT c.month AS "cohortMonth", c.furthest, count(*)::int AS records
      FROM (${funnelCohortMembers(query)}) c
     GROUP BY 1, 2`;
  return rows;
}
