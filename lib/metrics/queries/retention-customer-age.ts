import { Prisma } from "@/generated/prisma/client";
import type { CustomerAgeRevenue } from "@/lib/metrics/mrr-aggregates";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { monthRange, sqlDate } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * Every paying month (MRR > 0) of P of every account in the filters, marked new when the
 * account's first paying month lies in P and existing when before it (a customer that comes
 * back in P after a pause is existing). Columns account, month, mrr and is_new. The split of
 * revenue and its drill-down lists both read these rows.
 */
export function payingByCustomerAge(period: Period, filters: MetricFilters): Prisma.Sql {
  const { first, last } = monthRange(period);
  return Prisma.sql`
    WITH first_paid AS (
      SELECT r."accountId", min(r.month) AS month
        FROM "MonthlyRevenue" r ${accountScopeJoin(Prisma.sql`r."accountId"`, filters)}
       WHERE r."mrrMinor" > 0 AND r.month <= ${sqlDate(last)} ${accountConditions(filters)}
       GROUP BY r."accountId"
    )
    SELECT r."accountId" AS account, r.month, r."mrrMinor" AS mrr, f.month >= ${sqlDate(first)} AS is_new
      FROM "MonthlyRevenue" r
      JOIN first_paid f ON f."accountId" = r."accountId"
     WHERE r."mrrMinor" > 0 AND r.month BETWEEN ${sqlDate(first)} AND ${sqlDate(last)}`;
}

/** MRR per month of P from new and from existing customers (see payingByCustomerAge), with their counts. */
export async function customerAgeRevenue(client: QueryClient, period: Period, filters: MetricFilters): Promise<CustomerAgeRevenue[]> {
  return client.$queryRaw<CustomerAgeRevenue[]>(Prisma.sql`
    SELECT month, is_new AS "isNew", count(*)::int AS customers, sum(mrr)::float8 AS "mrrMinor"
      FROM (${payingByCustomerAge(period, filters)}) paying
     GROUP BY month, is_new
     ORDER BY month, is_new`);
}
