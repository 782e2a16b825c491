import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange, periodBounds, sqlDate } from "./retention-period";
import { accountConditions, filtersAccounts } from "./retention-scope";

/**
 * A query (to use as a subquery) of the new customers of P, columns id and segmentId:
 * accounts whose first won NEW deal closed in P (a win-back of a former customer is not new),
 * within the filters. The count and its drill-down list both select from it.
 */
export function newCustomerAccounts(period: Period, filters: MetricFilters): Prisma.Sql {
  const { start, end } = periodBounds(period);
  const owner = filtersAccounts(filters) ? Prisma.sql`LEFT JOIN "User" u ON u.id = a."ownerId"` : Prisma.empty;
  return Prisma.sql`
    SELECT a.id, a."segmentId"
      FROM (SELECT d."accountId", min(d."closedAt") AS first_won
              FROM "Deal" d
             WHERE d.type = 'NEW' AND d.status = 'WON'
             GROUP BY d."accountId") f
      JOIN "Account" a ON a.id = f."accountId" ${owner}
     WHERE f.first_won >= ${start} AND f.first_won < ${end} ${accountConditions(filters)}`;
}

/** New customers per account segment (see newCustomerAccounts). */
export async function newCustomersBySegment(
  client: QueryClient,
  period: Period,
  filters: MetricFilters,
): Promise<{ segmentId: number | null; newCustomers: number }[]> {
  return client.$queryRaw<{ segmentId: number | null; newCustomers: number }[]>(Prisma.sql`
    SELECT n."segmentId", count(*)::int AS "newCustomers"
      FROM (${newCustomerAccounts(period, filters)}) n
     GROUP BY n."segmentId"`);
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
 * The month pairs of P with each account's segment (mrrPairs, columns account, segment, month,
 * before, after, kind), and the conditions on them that pick the churned and the paying
 * accounts. The figures and their drill-down lists select the same pairs.
 */
export function segmentRevenuePairs(period: Period, filters: MetricFilters): { pairs: Prisma.Sql; churned: Prisma.Sql; paying: Prisma.Sql } {
  const { first, last } = monthRange(period);
  return {
    pairs: mrrPairs(first, last, filters, true),
    churned: Prisma.sql`kind = 'CHURN'`,
    paying: Prisma.sql`month = ${sqlDate(last)} AND after > 0`,
  };
}

/**
 * Per account segment over the months of P: customers churned (accounts with an MRR > 0 → 0
 * movement, each once) and customer-months at risk (accounts paying in the month before each
 * month), and the MRR and paying accounts of P's last month, the ARPA basis. Accounts outside
 * the filters are excluded.
 */
export async function revenueBySegment(client: QueryClient, period: Period, filters: MetricFilters): Promise<SegmentRevenue[]> {
  const { pairs, churned, paying } = segmentRevenuePairs(period, filters);
  return client.$queryRaw<SegmentRevenue[]>(Prisma.sql`
    SELECT segment AS "segmentId",
           count(DISTINCT account) FILTER (WHERE ${churned})::int AS "churnedCustomers",
           count(*) FILTER (WHERE before > 0)::int AS "customerMonths",
           coalesce(sum(after) FILTER (WHERE ${paying}), 0)::float8 AS "mrrMinor",
           count(*) FILTER (WHERE ${paying})::int AS "payingCustomers"
      FROM (${pairs}) pairs
     GROUP BY segment`);
}
