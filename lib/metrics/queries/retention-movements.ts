import { Prisma } from "@/generated/prisma/client";
import type { MrrMovementTotal } from "@/lib/metrics/mrr-aggregates";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange } from "./retention-period";

/**
 * MRR movements per month of P and kind: accounts, movement size and MRR before and after,
 * summed over every account with MRR in the month or the one before (unchanged ones too, so
 * starting and ending MRR are complete). Accounts outside the filters are excluded.
 */
export async function mrrMovementTotals(client: QueryClient, period: Period, filters: MetricFilters): Promise<MrrMovementTotal[]> {
  const { first, last } = monthRange(period);
  return client.$queryRaw<MrrMovementTotal[]>(Prisma.sql`
    SELECT month, kind, count(*)::int AS accounts,
           sum(amount)::float8 AS "amountMinor",
           sum(greatest(before, 0))::float8 AS "previousMrrMinor",
           sum(greatest(after, 0))::float8 AS "mrrMinor"
      FROM (${mrrPairs(first, last, filters)}) pairs
     GROUP BY month, kind
     ORDER BY month, kind`);
}
