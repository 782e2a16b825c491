import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { dayStart, periodBounds } from "./retention-period";

/** Acquisition spend of one segment in P, by category. */
export interface SegmentSpend {
  segmentId: number;
  salesSpendMinor: number;
  marketingSpendMinor: number;
}

/**
 * Sales and marketing spend per segment over the Spend months starting in P, restricted to the
 * filtered segments and, with a source filter, to spend booked on those sources (spend with no
 * source, such as salaries, then drops out). Owner and team do not apply: spend has neither.
 */
export async function spendBySegment(client: QueryClient, period: Period, filters: MetricFilters): Promise<SegmentSpend[]> {
  const { start, end } = periodBounds(period);
  const month = dayStart(Prisma.sql`s.month`);
  const conditions: Prisma.Sql[] = [Prisma.sql`${month} >= ${start}`, Prisma.sql`${month} < ${end}`];
  if (filters.segmentIds?.length) conditions.push(Prisma.sql`s."segmentId" = ANY(${filters.segmentIds}::int[])`);
  if (filters.sources?.length) conditions.push(Prisma.sql`s.source::text = ANY(${filters.sources}::text[])`);
  return client.$queryRaw<SegmentSpend[]>(Prisma.sql`
    SELECT s."segmentId",
           coalesce(sum(s."amountMinor") FILTER (WHERE s.category = 'SALES'), 0)::float8 AS "salesSpendMinor",
           coalesce(sum(s."amountMinor") FILTER (WHERE s.category = 'MARKETING'), 0)::float8 AS "marketingSpendMinor"
      FROM "Spend" s
     WHERE ${Prisma.join(conditions, " AND ")}
     GROUP BY s."segmentId"
     ORDER BY s."segmentId"`);
}
