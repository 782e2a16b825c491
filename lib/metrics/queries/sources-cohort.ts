import { Prisma } from "@/generated/prisma/client";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import type { FactoryStep } from "../source-factory";
import type { PeriodQuery } from "./query-options";
import { leadFilters } from "./record-filters";
import { at, stageOrderSql } from "./stage-sql";

/** The stages a lead cohort is followed through: its own three, then the win of its deal. */
export const LEAD_REACH_STAGES = ["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"] as const;
export type LeadReachStage = (typeof LEAD_REACH_STAGES)[number];

/** A stage's place on the bow-tie (1–7) as SQL, to compare with a cohort row's `reached`. */
export const stageOrder = (stage: LeadReachStage) => Prisma.raw(String(BOWTIE_STAGES.indexOf(stage) + 1));

/** The lead cohort of P as of an instant, with the dashboard filters. */
export type CohortQuery = PeriodQuery & { asOf: Date };

/**
 * One row per lead of the cohort of P: leads created in P (and before as-of) that pass the
 * filters (the lead's segment, source and owner). Columns:
 * - `id`, `source`: the lead and its source;
 * - `reached`: the furthest bow-tie stage (1–7) it had reached by as-of: a transition into S
 *   or a later stage (a skip passes S), PURCHASE when the deal it converted into
 *   (Lead.convertedDealId) entered PURCHASE; NULL when it never left awareness;
 * - `meeting`: a MEETING touchpoint on the lead or on that deal, at or after the lead's first
 *   entry into comparison (its acceptance by sales) and before as-of;
 * - `offer`: that deal had reached the proposal before as-of: closed won or lost by then (a
 *   decision on an offer), or opened by then and now at PROPOSAL or NEGOTIATION (a deal's
 *   pipeline history is not recorded, so an open deal counts by its current stage).
 * A SELECT without ORDER BY, to be used as a subquery.
 */
export function leadCohortSql({ period, filters = {}, asOf }: CohortQuery): Prisma.Sql {
  const meetingOn = (column: Prisma.Sql, value: Prisma.Sql) => Prisma.sql`EXISTS (
      SELECT 1 FROM "Touchpoint" m
       WHERE m.${column} = ${value} AND m.type = 'MEETING'
         AND m."occurredAt" >= r."acceptedAt" AND m."occurredAt" < ${at(asOf)})`;
  // Every cohort member has reached awareness by being created, so only the lead's moves
  // further on are read, and most of a lead log is entries into awareness.
  return Prisma.sql`
    WITH cohort AS MATERIALIZED (
      SELECT l.id, l.source, l."convertedDealId"
        FROM "Lead" l
       WHERE l."createdAt" >= ${at(period.start)} AND l."createdAt" < ${at(period.end)}
         AND l."createdAt" < ${at(asOf)}
         ${leadFilters(filters)}),
    lead_reach AS (
      SELECT t."entityId" AS id, max(${stageOrderSql(Prisma.sql`t."toStage"`)}) AS furthest,
             min(t."occurredAt") FILTER (WHERE ${stageOrderSql(Prisma.sql`t."toStage"`)} >= ${stageOrder("COMPARISON")}) AS "acceptedAt"
        FROM "StageTransition" t
        JOIN cohort c ON c.id = t."entityId"
       WHERE t."entityKind" = 'LEAD' AND t."toStage" <> 'AWARENESS' AND t."occurredAt" < ${at(asOf)}
       GROUP BY t."entityId"),
    won AS (
      SELECT DISTINCT c.id
        FROM cohort c
        JOIN "StageTransition" w ON w."entityKind" = 'DEAL' AND w."entityId" = c."convertedDealId"
       WHERE w."toStage" = 'PURCHASE' AND w."occurredAt" < ${at(asOf)})
    SELECT c.id, c.source,
           greatest(r.furthest, CASE WHEN won.id IS NOT NULL THEN ${stageOrder("PURCHASE")} END) AS reached,
           coalesce(r."acceptedAt" IS NOT NULL
                    AND (${meetingOn(Prisma.sql`"leadId"`, Prisma.sql`c.id`)} OR ${meetingOn(Prisma.sql`"dealId"`, Prisma.sql`c."convertedDealId"`)}),
                    false) AS meeting,
           coalesce((d.status IN ('WON', 'LOST') AND d."closedAt" < ${at(asOf)})
                    OR (d."pipelineStage" IN ('PROPOSAL', 'NEGOTIATION') AND d."openedAt" < ${at(asOf)}),
                    false) AS offer
      FROM cohort c
      LEFT JOIN lead_reach r ON r.id = c.id
      LEFT JOIN won ON won.id = c.id
      LEFT JOIN "Deal" d ON d.id = c."convertedDealId"`;
}

/** The condition on a leadCohortSql row (alias `c`) for having reached each factory step. */
export const FACTORY_STEP_SQL: Readonly<Record<FactoryStep, Prisma.Sql>> = {
  leads: Prisma.sql`true`,
  mqls: Prisma.sql`c.reached >= ${stageOrder("CONSIDERATION")}`,
  accepted: Prisma.sql`c.reached >= ${stageOrder("COMPARISON")}`,
  meetings: Prisma.sql`c.meeting`,
  offers: Prisma.sql`c.offer`,
  won: Prisma.sql`c.reached >= ${stageOrder("PURCHASE")}`,
};
