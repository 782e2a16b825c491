import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { RetentionBase } from "@/lib/metrics/revenue-retention";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange, sqlDate } from "./retention-period";

/**
 * The MRR pairs the retention base of P is summed from (see retentionBase): for each account
 * with MRR in the month before P's first month, its pairs over P's months up to and including
 * its first churn. Accounts new or reactivated in P are left out, and so is anything a
 * starting account does after it first churned (its return is a reactivation). Columns
 * account, month, kind, amount, before, and `starts`: the pair of P's first month that puts
 * the account in the base. The retention figures and their drill-down lists both read these
 * rows, so a list always holds the customers its figure counts.
 */
export function retentionBaseMovements(period: Period, filters: MetricFilters): Prisma.Sql {
  const { first, last } = monthRange(period);
  const starts = Prisma.sql`month = ${sqlDate(first)} AND before > 0`;
  // Per account in one pass: whether it paid at P's start, and the month it first churned.
  return Prisma.sql`
    SELECT account, month, kind, amount, before, ${starts} AS starts
      FROM (
        SELECT account, month, kind, amount, before,
               bool_or(${starts}) OVER account AS starting,
               min(month) FILTER (WHERE kind = 'CHURN') OVER account AS first_churn
          FROM (${mrrPairs(first, last, filters)}) pairs
        WINDOW account AS (PARTITION BY account)
      ) tracked
     WHERE starting AND (first_churn IS NULL OR month <= first_churn)`;
}

/** The retention base of P (see retentionBase), from retentionBaseMovements. */
export async function retentionBaseOf(client: QueryClient, period: Period, filters: MetricFilters): Promise<RetentionBase> {
  const [row] = await client.$queryRaw<RetentionBase[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE starts)::int AS "customersAtStart",
           coalesce(sum(before) FILTER (WHERE starts), 0)::float8 AS "startingMrrMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'EXPANSION'), 0)::float8 AS "expansionMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'CONTRACTION'), 0)::float8 AS "contractionMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'CHURN'), 0)::float8 AS "churnMinor",
           count(*) FILTER (WHERE kind = 'CHURN')::int AS "churnedCustomers",
           count(DISTINCT account) FILTER (WHERE kind = 'EXPANSION')::int AS "expandedCustomers",
           count(DISTINCT account) FILTER (WHERE kind = 'CONTRACTION')::int AS "contractedCustomers"
      FROM (${retentionBaseMovements(period, filters)}) base`);
  if (row === undefined) throw new Error("the retention base query returned no row");
  return row;
}
