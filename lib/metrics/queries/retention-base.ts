import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { RetentionBase } from "@/lib/metrics/revenue-retention";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange, sqlDate } from "./retention-period";

/**
 * The retention base of P (see retentionBase): accounts with MRR in the month before P's
 * first month, their MRR then, and their expansion, contraction and churn over P's months up
 * to and including each one's first churn. Accounts new or reactivated in P are excluded, and
 * so is anything a starting account does after it first churned (its return is a reactivation).
 */
export async function retentionBaseOf(client: QueryClient, period: Period, filters: MetricFilters): Promise<RetentionBase> {
  const { first, last } = monthRange(period);
  const starts = Prisma.sql`month = ${sqlDate(first)} AND before > 0`;
  // Per account in one pass: whether it paid at P's start, and the month it first churned.
  const [row] = await client.$queryRaw<RetentionBase[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE ${starts})::int AS "customersAtStart",
           coalesce(sum(before) FILTER (WHERE ${starts}), 0)::float8 AS "startingMrrMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'EXPANSION'), 0)::float8 AS "expansionMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'CONTRACTION'), 0)::float8 AS "contractionMinor",
           coalesce(sum(amount) FILTER (WHERE kind = 'CHURN'), 0)::float8 AS "churnMinor",
           count(*) FILTER (WHERE kind = 'CHURN')::int AS "churnedCustomers"
      FROM (
        SELECT month, kind, amount, before,
               bool_or(${starts}) OVER account AS starting,
               min(month) FILTER (WHERE kind = 'CHURN') OVER account AS first_churn
          FROM (${mrrPairs(first, last, filters)}) pairs
        WINDOW account AS (PARTITION BY account)
      ) tracked
     WHERE starting AND (first_churn IS NULL OR month <= first_churn)`);
  if (row === undefined) throw new Error("the retention base query returned no row");
  return row;
}
