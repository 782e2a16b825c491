import { Prisma } from "@/generated/prisma/client";
import type { Stage } from "@/generated/prisma/enums";
import { addDays, addMonths, customPeriod, monthsOf, startOfMonth, type Period } from "../period";
import type { MonthFlows } from "../stage-series";
import type { QueryClient } from "./client";
import type { StageQuery } from "./query-options";
import { transitionsInPeriod } from "./stage-flows";

/** Months a trend shows: the twelve whole months ending with the one holding P's last day. */
export const TREND_MONTHS = 12;

/** The trend window of P: whole months, so each point of a series is a full calendar month. */
export function trendWindow(period: Period): Period {
  const lastMonth = startOfMonth(addDays(period.end, -1));
  return customPeriod(addMonths(lastMonth, 1 - TREND_MONTHS), addMonths(lastMonth, 1));
}

/** The first instant of the UTC month of a transition, as timestamptz. */
export const transitionMonthSql = Prisma.sql`(date_trunc('month', t."occurredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')`;

type Row = { month: Date; isEntry: boolean; from: Stage | null; to: Stage; records: number };

/**
 * stageFlows month by month over `period` (whole months): distinct records entering each
 * stage and per (from, to) move in each month, from the same transitions the period figures
 * count. One scan, grouping sets per month.
 */
export async function monthlyStageFlows(client: QueryClient, query: StageQuery): Promise<MonthFlows[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT ${transitionMonthSql} AS month,
           GROUPING(t."fromStage") = 1 AS "isEntry",
           t."fromStage"::text AS "from",
           t."toStage"::text AS "to",
           count(DISTINCT t."entityId")::int AS records
      FROM "StageTransition" t
     WHERE ${transitionsInPeriod(query)}
     GROUP BY GROUPING SETS ((1, t."toStage"), (1, t."fromStage", t."toStage"))`;
  return monthsOf(query.period).map((month): MonthFlows => {
    const ofMonth = rows.filter((row) => row.month.getTime() === month.getTime());
    return {
      month,
      entries: ofMonth.filter((row) => row.isEntry).map((row) => ({ stage: row.to, records: row.records })),
      moves: ofMonth.filter((row) => !row.isEntry).map((row) => ({ from: row.from, to: row.to, records: row.records })),
    };
  });
}
