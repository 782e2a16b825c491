import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import type { Period } from "@/lib/metrics/period";
import type { CycleBucket } from "@/lib/metrics/sales-cycle";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { closedInPeriod } from "./sales-closed";
import { dealsInScope } from "./sales-scope";

/** A cycle histogram bucket of one account segment (null: no segment, or not grouped). */
export interface SegmentCycleBucket extends CycleBucket {
  segmentId: number | null;
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
    ${dealsInScope(dealType, filters)} ${closedInPeriod(period, "WON")}
     GROUP BY 1, 2
     ORDER BY 1, 2`);
}
