import { Prisma } from "@/generated/prisma/client";
import type { CohortMonth } from "@/lib/metrics/cohort-retention";
import { monthsOf, startOfMonth, type Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { sqlDate } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * Cohort cells: per start month in P (an account's first month with MRR > 0, over its whole
 * history) and per later month up to the month of `asOf`, the cohort's accounts paying then
 * and their MRR. Months at 0 are not counted; accounts outside the filters are excluded.
 */
export async function cohortMonths(client: QueryClient, cohorts: Period, asOf: Date, filters: MetricFilters): Promise<CohortMonth[]> {
  const starts = monthsOf(cohorts).filter((month) => month.getTime() < asOf.getTime());
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const lastObserved = startOfMonth(new Date(asOf.getTime() - 1));
  return client.$queryRaw<CohortMonth[]>(Prisma.sql`
    WITH cohort AS (
      SELECT r."accountId", min(r.month) AS start
        FROM "MonthlyRevenue" r ${accountScopeJoin(Prisma.sql`r."accountId"`, filters)}
       WHERE r."mrrMinor" > 0 ${accountConditions(filters)}
       GROUP BY r."accountId"
      HAVING min(r.month) BETWEEN ${sqlDate(first)} AND ${sqlDate(last)}
    )
    SELECT c.start AS "cohortMonth", r.month, count(*)::int AS customers, sum(r."mrrMinor")::float8 AS "mrrMinor"
      FROM cohort c
      JOIN "MonthlyRevenue" r ON r."accountId" = c."accountId"
     WHERE r."mrrMinor" > 0 AND r.month <= ${sqlDate(lastObserved)}
     GROUP BY c.start, r.month
     ORDER BY c.start, r.month`);
}
