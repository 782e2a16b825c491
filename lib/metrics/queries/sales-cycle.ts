import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import type { Period } from "@/lib/metrics/period";
import type { CycleBucket } from "@/lib/metrics/sales-cycle";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { periodBounds } from "./retention-period";
import { dealsInScope } from "./sales-scope";

/** A cycle histogram bucket of one account segment (null: no segment, or not grouped). */
export interface SegmentCycleBucket extends CycleBucket {
  segmentId: number | null;
}

/**
 * `FROM … WHERE …` over the deals of `dealType` won in P (by closedAt) within the filters
 * (deal `d`, account `a`, owner `u`, as dealsInScope): what the cycle histogram counts, and
 * the drill-down list of those deals.
 */
export function wonDealsInPeriod(period: Period, dealType: DealType, filters: MetricFilters): Prisma.Sql {
  const { start, end } = periodBounds(period);
  return Prisma.sql`${dealsInScope(dealType, filters)}
       AND d.status = 'WON' AND d."closedAt" >= ${start} AND d."closedAt" < ${end}`;
}

/**
 * Sales-cycle histogram: deals of `dealType` won in P (by closedAt) per whole days from
 * opportunity opened to close (closedAt − openedAt, rounded down). Lost and open deals are
 * excluded, and so are deals outside the filters.
 */
export async function cycleHistogram(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
  bySegment = false,
): Promise<SegmentCycleBucket[]> {
  const segment = bySegment ? Prisma.sql`a."segmentId"` : Prisma.sql`NULL::int`;
  return client.$queryRaw<SegmentCycleBucket[]>(Prisma.sql`
    SELECT ${segment} AS "segmentId",
           floor(extract(epoch FROM d."closedAt" - d."openedAt") / 86400)::int AS days,
           count(*)::int AS deals
    ${wonDealsInPeriod(period, dealType, filters)}
     GROUP BY 1, 2
     ORDER BY 1, 2`);
}
