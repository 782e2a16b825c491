import { Prisma } from "@/generated/prisma/client";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import type { StageCohort } from "../cohort-conversion";
import { addDays } from "../period";
import type { QueryClient } from "./client";
import { transitionFilters } from "./filters";
import type { StageQuery } from "./query-options";
import { at, kindCondition, nextStageSql, stageOrderSql } from "./stage-sql";

export interface CohortQuery extends StageQuery {
  /** The window W: a record counts as converted when it moves on within W days of its entry. */
  windowDays: number;
  asOf: Date;
}

type Row = { stage: BowtieStage; entered: number; reachedNext: number; reachedLater: number };

const LATER_THAN_AWARENESS = Prisma.raw(`'CONSIDERATION', 'COMPARISON', 'PURCHASE', 'ONBOARDING', 'IMPACT', 'EXPANSION'`);

/**
 * Per bow-tie stage S: distinct records of the kind whose first entry into S in P (and
 * before as-of) starts the cohort; of them, `reachedNext` made a move S → S+1 and
 * `reachedLater` a move into any stage after S (from anywhere, so skips and returns count),
 * after that entry, at most W days after it and before as-of. The filters apply to the
 * entry transition. Moves into CHURNED are not "later". Zero-filled, bow-tie order.
 */
export async function stageCohorts(
  client: QueryClient,
  { kind, period, filters = {}, windowDays, asOf }: CohortQuery,
): Promise<StageCohort[]> {
  if (!Number.isInteger(windowDays) || windowDays < 0) throw new RangeError("windowDays must be a whole number ≥ 0");
  const entryStage = Prisma.sql`e.stage`;
  const moveStage = Prisma.sql`m."toStage"`;
  // Only moves into a stage after awareness can convert anyone, and they are few next to
  // the entries: joining the entries to those alone keeps the work near the cohort's size.
  const rows = await client.$queryRaw<Row[]>`
    WITH entry AS MATERIALIZED (
      SELECT DISTINCT ON (t."entityId", t."toStage") t."entityId", t."toStage" AS stage, t."occurredAt", t.id
        FROM "StageTransition" t
       WHERE ${kindCondition(kind)}
         AND t."toStage" <> 'CHURNED'
         AND t."occurredAt" >= ${at(period.start)} AND t."occurredAt" < ${at(period.end)}
         AND t."occurredAt" < ${at(asOf)}
         ${transitionFilters(filters, "t", kind)}
       ORDER BY t."entityId", t."toStage", t."occurredAt", t.id),
    converted AS (
      SELECT e."entityId", e.stage,
             bool_or(m."fromStage" = ${entryStage} AND m."toStage" = ${nextStageSql(entryStage)}) AS next
        FROM entry e
        JOIN "StageTransition" m
          ON ${kindCondition(kind, "m")} AND m."entityId" = e."entityId"
         AND m."toStage" IN (${LATER_THAN_AWARENESS})
         AND m."occurredAt" >= ${at(period.start)} AND m."occurredAt" < ${at(asOf)}
         AND m."occurredAt" <= ${at(addDays(period.end, windowDays))}
         AND (m."occurredAt", m.id) > (e."occurredAt", e.id)
         AND m."occurredAt" <= e."occurredAt" + make_interval(days => ${windowDays}::int)
       WHERE ${stageOrderSql(moveStage)} > ${stageOrderSql(entryStage)}
       GROUP BY e."entityId", e.stage)
    SELECT e.stage::text AS stage,
           count(*)::int AS entered,
           count(*) FILTER (WHERE c.next)::int AS "reachedNext",
           count(c.stage)::int AS "reachedLater"
      FROM entry e
      LEFT JOIN converted c ON c."entityId" = e."entityId" AND c.stage = e.stage
     GROUP BY e.stage`;
  const byStage = new Map(rows.map((row) => [row.stage, row]));
  return BOWTIE_STAGES.map((stage) => {
    const row = byStage.get(stage);
    return { stage, entered: row?.entered ?? 0, reachedNext: row?.reachedNext ?? 0, reachedLater: row?.reachedLater ?? 0 };
  });
}
