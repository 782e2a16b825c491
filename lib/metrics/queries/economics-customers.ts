import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange, periodBounds, sqlDate } from "./retention-period";
import { accountConditions, filtersAccounts } from "./retention-scope";

/**
 * New customers per account segment: accounts whose first won NEW deal closed in P (a win-back
 * of a former customer is not new). Accounts outside the filters are excluded.
 */
export async function newCustomersBySegment(
  client: QueryClient,
  period: Period,
  filters: MetricFilters,
): Promise<{ segmentId: number | null; newCustomers: number }[]> {
  const { start, end } = periodBounds(period);
  const owner = filtersAccounts(filters) ? Prisma.sql`LEFT JOIN "User" u ON u.id = a."ownerId"` : Prisma.empty;
  return client.$queryRaw<{ segmentId: number | null; newCustomers: number }[]>(Prisma.sql`
    SELECT a."segmentId", count(*)::int AS "newCustomers"
      FROM (SELECT d."accountId", min(d."closedAt") AS first_won
              FROM "Deal" d
             WHERE d.type = 'NEW' AND d.status = 'WON'
             GROUP BY d."accountId") f
      JOIN "Account" a ON a.id = f."accountId" ${owner}
     WHERE f.first_won >= ${start} AND f.first_won < ${end} ${accountConditions(filters)}
     GROUP BY a."segmentId"`);
}

/** What LTV needs of one segment's revenue in P (see ChurnExposure and SegmentEconomicsInput). */
export interface SegmentRevenue {
  segmentId: number | null;
  churnedCustomers: number;
  customerMonths: number;
  mrrMinor: number;
  payingCustomers: number;
}

/**
 * Per account segment over the months of P: churn movements (MRR > 0 → 0) and customer-months
 * at risk (accounts paying in the month before each month), and the MRR and paying accounts of
 * P's last month, the ARPA basis. Accounts outside the filters are excluded.
 */
export async function revenueBySegment(client: QueryClient, period: Period, filters: MetricFilters): Promise<SegmentRevenue[]> {
  const { first, last } = monthRange(period);
  return client.$queryRaw<SegmentRevenue[]>(Prisma.sql`
    SELECT segment AS "segmentId",
           count(*) FILTER (WHERE kind = 'CHURN')::int AS "churnedCustomers",
           count(*) FILTER (WHERE before > 0)::int AS "customerMonths",
           coalesce(sum(after) FILTER (WHERE month = ${sqlDate(last)} AND after > 0), 0)::float8 AS "mrrMinor",
           count(*) FILTER (WHERE month = ${sqlDate(last)} AND after > 0)::int AS "payingCustomers"
      FROM (${mrrPairs(first, last, filters, true)}) pairs
     GROUP BY segment`);
}
