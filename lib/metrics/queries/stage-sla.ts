import { Prisma } from "@/generated/prisma/client";
import type { EntityKind, Stage } from "@/generated/prisma/enums";
import type { StageAge } from "../sla";
import type { QueryClient } from "./client";
import { durationBucketSql, wholeHoursSql } from "./duration-buckets";
import { transitionFilters, type MetricFilters } from "./filters";
import { at, kindCondition } from "./stage-sql";

export interface StageAgeQuery {
  kind: EntityKind;
  asOf: Date;
  filters?: MetricFilters;
}

type SlaRow = { stage: Stage; slaHours: number | null };

/** Each stage's SLA in hours as StageDefinition holds it now (null: no SLA). */
export async function stageSlaHours(client: QueryClient): Promise<Partial<Record<Stage, number | null>>> {
  const rows = await client.$queryRaw<SlaRow[]>`SELECT stage::text AS stage, "slaHours" FROM "StageDefinition"`;
  return Object.fromEntries(rows.map((row) => [row.stage, row.slaHours]));
}

/**
 * Each record of the kind with its stage at as-of: its last transition before as-of (alias
 * `c`: entityId, toStage, occurredAt), within the filters, which apply to that transition.
 * The SLA table counts these rows; its drill-downs select from them.
 */
export function currentStages({ kind, asOf, filters = {} }: StageAgeQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT c."entityId", c."toStage", c."occurredAt"
      FROM (
        SELECT DISTINCT ON (t."entityId") t."entityId", t."entityKind", t."toStage", t."occurredAt", t."segmentId", t.source
          FROM "StageTransition" t
         WHERE ${kindCondition(kind)} AND t."occurredAt" < ${at(asOf)}
         ORDER BY t."entityId", t."occurredAt" DESC, t.id DESC) c
     WHERE true ${transitionFilters(filters, "c", kind)}`;
}

/** Whole hours a current stage (alias `c`, from currentStages) had lasted at as-of. */
export function stageAgeSql(asOf: Date): Prisma.Sql {
  return wholeHoursSql(Prisma.sql`c."occurredAt"`, at(asOf));
}

/**
 * How long each record of the kind had been in its current stage at as-of: its last
 * transition before as-of gives the stage and the entry; the age is the whole hours since,
 * bucketed as in duration-buckets.ts, except that an age at or past the stage's current SLA
 * is never put in a bucket below the SLA (the bucket is lifted to the SLA), so
 * slaBreaches() on these rows is exact for the SLAs in StageDefinition, and for any other
 * SLA on a bucket edge (whole hours under 48, whole days under 90 days). Filters apply to
 * that last transition. Records whose last move left the bow-tie are reported under CHURNED.
 */
export async function stageAges(client: QueryClient, { kind, asOf, filters = {} }: StageAgeQuery): Promise<StageAge[]> {
  const age = Prisma.sql`g.age`;
  const bucket = durationBucketSql(age);
  // Records are counted by whole hours of age first and bucketed after, so the bucket rule
  // runs on a few thousand groups rather than on every record.
  return client.$queryRaw<StageAge[]>`
    SELECT g.stage,
           CASE WHEN d."slaHours" IS NOT NULL AND ${age} >= d."slaHours" AND ${bucket} < d."slaHours"
                THEN d."slaHours" ELSE ${bucket} END AS hours,
           sum(g.records)::int AS records
      FROM (
        SELECT c."toStage"::text AS stage, ${stageAgeSql(asOf)} AS age, count(*) AS records
          FROM (${currentStages({ kind, asOf, filters })}) c
         GROUP BY 1, 2) g
      LEFT JOIN "StageDefinition" d ON d.stage::text = g.stage
     GROUP BY 1, 2
     ORDER BY 1, 2`;
}
