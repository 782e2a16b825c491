import { Prisma } from "@/generated/prisma/client";
import type { CustomerAgeRevenue } from "@/lib/metrics/mrr-aggregates";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { monthRange, sqlDate } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * MRR per month of P from paying accounts (MRR > 0), split by whether the account's first
 * paying month lies in P (new) or before it (existing: a customer that comes back in P after a
 * pause is existing). Accounts outside the filters are excluded.
 */
export async function customerAgeRevenue(client: QueryClient, period: Period, filters: MetricFilters): Promise<CustomerAgeRevenue[]> {
  const { first, last } = monthRange(period);
  return client.$queryRaw<CustomerAgeRevenue[]>(Prisma.sql`
    WITH first_paid AS (
      SELECT r."accountId", min(r.month) AS month
        FROM "MonthlyRevenue" r ${accountScopeJoin(Prisma.sql`r."accountId"`, filters)}
       WHERE r."mrrMinor" > 0 AND r.month <= ${sqlDate(last)} ${accountConditions(filters)}
       GROUP BY r."accountId"
    )
    SELECT r.month, f.month >= ${sqlDate(first)} AS "isNew",
           count(*)::int AS customers, sum(r."mrrMinor")::float8 AS "mrrMinor"
      FROM "MonthlyRevenue" r
      JOIN first_paid f ON f."accountId" = r."accountId"
     WHERE r."mrrMinor" > 0 AND r.month BETWEEN ${sqlDate(first)} AND ${sqlDate(last)}
     GROUP BY r.month, 2
     ORDER BY r.month, 2`);
}
