import { Prisma } from "@/generated/prisma/client";
import type { CohortMonth } from "@/lib/metrics/cohort-retention";
import { monthsOf, startOfMonth, type Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { sqlDate } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * The paying months of every cohort member: per account whose first month with MRR > 0 (over
 * its whole history) is a month of P begun by `asOf`, each of its months with MRR > 0 up to the
 * month of `asOf`. Columns account, cohort (the start month), month and mrr. Accounts outside
 * the filters are excluded. Cohort retention counts these rows and its drill-down lists read
 * them, so both see the same customers.
 */
export function cohortPayments(cohorts: Period, asOf: Date, filters: MetricFilters): Prisma.Sql {
  const starts = monthsOf(cohorts).filter((month) => month.getTime() < asOf.getTime());
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) {
    return Prisma.sql`SELECT NULL::int AS account, NULL::date AS cohort, NULL::date AS month, NULL::int AS mrr WHERE false`;
  }
  const lastObserved = startOfMonth(new Date(asOf.getTime() - 1));
  return Prisma.sql`
    WITH cohort AS (
      SELECT r."accountId", min(r.month) AS start
        FROM "MonthlyRevenue" r ${accountScopeJoin(Prisma.sql`r."accountId"`, filters)}
       WHERE r."mrrMinor" > 0 ${accountConditions(filters)}
       GROUP BY r."accountId"
      HAVING min(r.month) BETWEEN ${sqlDate(first)} AND ${sqlDate(last)}
    )
    SELECT c."accountId" AS account, c.start AS cohort, r.month, r."mrrMinor" AS mrr
      FROM cohort c
      JOIN "MonthlyRevenue" r ON r."accountId" = c."accountId"
     WHERE r."mrrMinor" > 0 AND r.month <= ${sqlDate(lastObserved)}`;
}

/**
 * Cohort cells: per start month in P (an account's first month with MRR > 0, over its whole
 * history) and per later month up to the month of `asOf`, the cohort's accounts paying then
 * and their MRR. Months at 0 are not counted; accounts outside the filters are excluded.
 */
export async function cohortMonths(client: QueryClient, cohorts: Period, asOf: Date, filters: MetricFilters): Promise<CohortMonth[]> {
  return client.$queryRaw<CohortMonth[]>(Prisma.sql`
    SELECT cohort AS "cohortMonth", month, count(*)::int AS customers, sum(mrr)::float8 AS "mrrMinor"
      FROM (${cohortPayments(cohorts, asOf, filters)}) payments
     GROUP BY cohort, month
     ORDER BY cohort, month`);
}
