import { Prisma } from "@/generated/prisma/client";
import type { MrrMovementTotal } from "@/lib/metrics/mrr-aggregates";
import type { MovementKind } from "@/lib/metrics/mrr-movements";
import type { MovementAccounts } from "@/lib/metrics/mrr-period-bridge";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { mrrPairs } from "./retention-pairs";
import { monthRange } from "./retention-period";

type Row = Omit<MrrMovementTotal, "month"> & { month: Date | null };

/**
 * MRR movements per month of P and kind: accounts, movement size and MRR before and after,
 * summed over every account with MRR in the month or the one before (unchanged ones too, so
 * starting and ending MRR are complete); and per kind over the whole of P, the accounts with
 * that movement in any of its months, each once. Accounts outside the filters are excluded.
 */
export async function mrrMovementTotals(
  client: QueryClient,
  period: Period,
  filters: MetricFilters,
): Promise<{ totals: MrrMovementTotal[]; periodAccounts: MovementAccounts[] }> {
  const { first, last } = monthRange(period);
  // An account has one pair a month, so within a month the distinct count is the row count.
  const rows = await client.$queryRaw<Row[]>(Prisma.sql`
    SELECT month, kind, count(DISTINCT account)::int AS accounts,
           sum(amount)::float8 AS "amountMinor",
           sum(greatest(before, 0))::float8 AS "previousMrrMinor",
           sum(greatest(after, 0))::float8 AS "mrrMinor"
      FROM (${mrrPairs(first, last, filters)}) pairs
     GROUP BY GROUPING SETS ((month, kind), (kind))
     ORDER BY month NULLS LAST, kind`);
  const totals: MrrMovementTotal[] = [];
  const periodAccounts: MovementAccounts[] = [];
  for (const { month, ...total } of rows) {
    if (month === null) periodAccounts.push({ kind: total.kind as MovementKind, accounts: total.accounts });
    else totals.push({ ...total, month });
  }
  return { totals, periodAccounts };
}

