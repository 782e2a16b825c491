import { Prisma } from "@/generated/prisma/client";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import type { DurationBucket } from "../survival";
import type { QueryClient } from "./client";
import { durationBucketSql, wholeHoursSql } from "./duration-buckets";
import { transitionFilters } from "./filters";
import type { StageQuery } from "./query-options";
import { at, kindCondition } from "./stage-sql";

/** A stage's time-in-stage histogram. */
export interface StageDurations {
  stage: BowtieStage;
  buckets: DurationBucket[];
}

type Row = { stage: BowtieStage; hours: number; exits: number; censored: number };

/**
 * Time in stage as a censored histogram per bow-tie stage. A stay is every entry of a
 * record of the kind into S that occurred in P and before as-of (a re-entry is a stay of
 * its own); it ends at the record's next transition (any move: on, back, churn) if that
 * happened before as-of, an exit after the whole hours between; otherwise it is censored
 * at as-of − entry. Buckets as in duration-buckets.ts. Filters apply to the entry.
 */
export async function stageDurations(
  client: QueryClient,
  { kind, period, filters = {}, asOf }: StageQuery & { asOf: Date },
): Promise<StageDurations[]> {
  // The next transition of an entry in P lies in [P's start, as-of), so numbering the
  // transitions of that range alone finds it: one sorted pass instead of a lookup per stay.
  // Stays are counted by whole hours first and bucketed after, so the bucket rule runs on
  // a few thousand groups rather than on every stay.
  const rows = await client.$queryRaw<Row[]>`
    SELECT g.stage, ${durationBucketSql(Prisma.sql`g.hours`)} AS hours,
           sum(g.exits)::int AS exits, sum(g.censored)::int AS censored
      FROM (
        SELECT t."toStage"::text AS stage,
               ${wholeHoursSql(Prisma.sql`t."occurredAt"`, Prisma.sql`coalesce(t."exitAt", ${at(asOf)})`)} AS hours,
               count(t."exitAt") AS exits,
               count(*) - count(t."exitAt") AS censored
          FROM (
            SELECT t.*, lead(t."occurredAt") OVER (PARTITION BY t."entityId" ORDER BY t."occurredAt", t.id) AS "exitAt"
              FROM "StageTransition" t
             WHERE ${kindCondition(kind)}
               AND t."occurredAt" >= ${at(period.start)} AND t."occurredAt" < ${at(asOf)}) t
         WHERE t."occurredAt" < ${at(period.end)} AND t."toStage" <> 'CHURNED'
           ${transitionFilters(filters, "t", kind)}
         GROUP BY 1, 2) g
     GROUP BY 1, 2
     ORDER BY 1, 2`;
  return BOWTIE_STAGES.map((stage) => ({
    stage,
    buckets: rows.filter((row) => row.stage === stage).map(({ hours, exits, censored }) => ({ hours, exits, censored })),
  }));
}
