import { Prisma } from "@/generated/prisma/client";
import { LeadSource } from "@/generated/prisma/enums";
import { FACTORY_STEPS, sourceFactory, type SourceFactory, type SourceFactoryCounts } from "../source-factory";
import type { QueryClient } from "./client";
import { periodJson, type PeriodJson } from "./query-options";
import { FACTORY_STEP_SQL, leadCohortSql, type CohortQuery } from "./sources-cohort";

/** The customer factory of the sources page: the lead cohort of P per source through every step. */
export interface SourceFactoryMetrics extends SourceFactory {
  period: PeriodJson;
  asOf: string;
}

const counts = Prisma.join(
  FACTORY_STEPS.map((step) => Prisma.sql`count(*) FILTER (WHERE ${FACTORY_STEP_SQL[step]})::int AS ${Prisma.raw(`"${step}"`)}`),
);

/**
 * The lead cohort of P by source counted at each factory step as of `asOf` (leadCohortSql
 * says what each step reads): leads, MQLs (reached consideration), accepted (reached
 * comparison), meetings, offers, won (their deal purchased). One scan of the cohort.
 */
export async function sourceFactoryCounts(client: QueryClient, query: CohortQuery): Promise<SourceFactoryCounts[]> {
  return client.$queryRaw<SourceFactoryCounts[]>`
    SELECT c.source::text AS source, ${counts}
      FROM (${leadCohortSql(query)}) c
     GROUP BY c.source
     ORDER BY source`;
}

/** The factory for every source the filters admit (all of them when none is chosen), zero-filled. */
export async function loadSourceFactory(client: QueryClient, query: CohortQuery): Promise<SourceFactoryMetrics> {
  const sources: readonly LeadSource[] = query.filters?.sources?.length ? query.filters.sources : Object.values(LeadSource);
  const rows = await sourceFactoryCounts(client, query);
  return { period: periodJson(query.period), asOf: query.asOf.toISOString(), ...sourceFactory(rows, sources) };
}
