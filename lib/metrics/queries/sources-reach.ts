import type { LeadSource } from "@/generated/prisma/enums";
import type { SourceStageEntries } from "../source-conversion";
import type { QueryClient } from "./client";
import { FACTORY_STEP_SQL, leadCohortSql, type CohortQuery } from "./sources-cohort";

export { LEAD_REACH_STAGES } from "./sources-cohort";

type Row = { source: LeadSource; awareness: number; consideration: number; comparison: number; purchase: number };

/**
 * The lead cohort of P by source (see leadCohortSql): leads created in P (and before
 * as-of), grouped by the lead's source, and how many of them had reached each later stage
 * by as-of. Rows come as SourceStageEntries with the AWARENESS row as the cohort's size, so
 * sourceConversion(rows, "AWARENESS", S) is the cohort's conversion to S. Filters: the
 * lead's segment, source and owner (and team).
 */
export async function sourceReach(client: QueryClient, query: CohortQuery): Promise<SourceStageEntries[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT c.source::text AS source,
           count(*)::int AS awareness,
           count(*) FILTER (WHERE ${FACTORY_STEP_SQL.mqls})::int AS consideration,
           count(*) FILTER (WHERE ${FACTORY_STEP_SQL.accepted})::int AS comparison,
           count(*) FILTER (WHERE ${FACTORY_STEP_SQL.won})::int AS purchase
      FROM (${leadCohortSql(query)}) c
     GROUP BY c.source
     ORDER BY source`;
  return rows.flatMap((row) => [
    { source: row.source, stage: "AWARENESS" as const, records: row.awareness },
    { source: row.source, stage: "CONSIDERATION" as const, records: row.consideration },
    { source: row.source, stage: "COMPARISON" as const, records: row.comparison },
    { source: row.source, stage: "PURCHASE" as const, records: row.purchase },
  ]);
}
