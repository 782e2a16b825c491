import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import type { Period } from "@/lib/metrics/period";
import type { ClosedDeals } from "@/lib/metrics/win-rate";
import type { WonDeals } from "@/lib/metrics/deal-size";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { periodBounds } from "./retention-period";
import { dealsInScope } from "./sales-scope";

/** Deals closed in P: won and lost counts and the won amount, for one segment (null: no segment) or for all. */
export interface ClosedDealTotals {
  segmentId: number | null;
  closed: ClosedDeals;
  won: WonDeals;
}

type Row = { segmentId: number | null; won: number; lost: number; wonAmountMinor: number };

/** AND-condition: the deal (alias `d`) was closed with `status` (or either) in P, by closedAt. */
export function closedInPeriod(period: Period, status?: "WON" | "LOST"): Prisma.Sql {
  const { start, end } = periodBounds(period);
  const statuses = status ? Prisma.sql`d.status = ${status}::"DealStatus"` : Prisma.sql`d.status IN ('WON', 'LOST')`;
  return Prisma.sql` AND ${statuses} AND d."closedAt" >= ${start} AND d."closedAt" < ${end}`;
}

function closedDealsSql(period: Period, dealType: DealType, filters: MetricFilters, bySegment: boolean): Prisma.Sql {
  const segment = bySegment ? Prisma.sql`a."segmentId"` : Prisma.sql`NULL::int`;
  return Prisma.sql`
    SELECT ${segment} AS "segmentId",
           count(*) FILTER (WHERE d.status = 'WON')::int AS won,
           count(*) FILTER (WHERE d.status = 'LOST')::int AS lost,
           coalesce(sum(d."amountMinor") FILTER (WHERE d.status = 'WON'), 0)::float8 AS "wonAmountMinor"
    ${dealsInScope(dealType, filters)} ${closedInPeriod(period)}
     GROUP BY 1`;
}

const totals = (row: Row): ClosedDealTotals => ({
  segmentId: row.segmentId,
  closed: { won: row.won, lost: row.lost },
  won: { deals: row.won, amountMinor: row.wonAmountMinor },
});

/**
 * Deals of `dealType` closed (won or lost) in P, by closedAt: the win-rate and deal-size inputs.
 * Open deals are excluded, and so are deals outside the filters.
 */
export async function closedDeals(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
): Promise<ClosedDealTotals> {
  const [row] = await client.$queryRaw<Row[]>(closedDealsSql(period, dealType, filters, false));
  return totals(row ?? { segmentId: null, won: 0, lost: 0, wonAmountMinor: 0 });
}

/** The same per account segment; segments without closed deals have no row. */
export async function closedDealsBySegment(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
): Promise<ClosedDealTotals[]> {
  return (await client.$queryRaw<Row[]>(closedDealsSql(period, dealType, filters, true))).map(totals);
}
