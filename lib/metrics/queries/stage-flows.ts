import { Prisma } from "@/generated/prisma/client";
import type { Stage } from "@/generated/prisma/enums";
import type { StageMoves } from "../period-conversion";
import type { StageEntries } from "../stage-volume";
import type { QueryClient } from "./client";
import { transitionFilters } from "./filters";
import type { StageQuery } from "./query-options";
import { at, kindCondition } from "./stage-sql";

/** Entries into each stage and moves between stages in one period, as the pure functions take them. */
export interface StageFlows {
  entries: StageEntries[];
  moves: StageMoves[];
}

type Row = { isEntry: boolean; from: Stage | null; to: Stage; records: number };

/**
 * The transitions (alias `t`) every flow figure counts: one record kind's moves that occurred
 * in P, within the filters. The drill-down lists select from the same rows, so a list always
 * holds as many records as the figure it opens from.
 */
export function transitionsInPeriod({ kind, period, filters = {} }: StageQuery): Prisma.Sql {
  return Prisma.sql`${kindCondition(kind)}
       AND t."occurredAt" >= ${at(period.start)} AND t."occurredAt" < ${at(period.end)}
       ${transitionFilters(filters, "t", kind)}`;
}

/**
 * Counts, from the transitions of one record kind that occurred in P: distinct records
 * entering each stage (any move: first placement, forward, skip, back, churn), and distinct
 * records per (from, to) move. One scan serves both through grouping sets. Segment and
 * source are the values stamped on each transition; owner and team the record's current ones.
 */
export async function stageFlows(client: QueryClient, query: StageQuery): Promise<StageFlows> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT GROUPING(t."fromStage") = 1 AS "isEntry",
           t."fromStage"::text AS "from",
           t."toStage"::text AS "to",
           count(DISTINCT t."entityId")::int AS records
      FROM "StageTransition" t
     WHERE ${transitionsInPeriod(query)}
     GROUP BY GROUPING SETS ((t."toStage"), (t."fromStage", t."toStage"))
     ORDER BY 1 DESC, t."toStage", t."fromStage" NULLS FIRST`;
  return {
    entries: rows.filter((row) => row.isEntry).map((row) => ({ stage: row.to, records: row.records })),
    moves: rows.filter((row) => !row.isEntry).map((row) => ({ from: row.from, to: row.to, records: row.records })),
  };
}
