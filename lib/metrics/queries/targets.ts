import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import type { Period } from "@/lib/metrics/period";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { dayStart, periodBounds } from "./retention-period";

/** Whether a target can be compared with the filtered figures: targets exist per segment and deal type only. */
export function targetsApply(filters: MetricFilters): boolean {
  return !(filters.sources?.length || filters.ownerIds?.length || filters.teamIds?.length);
}

/**
 * The sales target of P for `dealType`: Σ SalesTarget amounts of the months starting in P, over
 * the filtered segments. Null when no month of P has a target, or when a source, owner or team
 * filter is set — a segment's target cannot be split by those.
 */
export async function salesTargetFor(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
): Promise<number | null> {
  if (!targetsApply(filters)) return null;
  const { start, end } = periodBounds(period);
  const month = dayStart(Prisma.sql`t.month`);
  const segments = filters.segmentIds?.length
    ? Prisma.sql`AND t."segmentId" = ANY(${filters.segmentIds}::int[])`
    : Prisma.empty;
  const [row] = await client.$queryRaw<{ months: number; targetMinor: number }[]>(Prisma.sql`
    SELECT count(*)::int AS months, coalesce(sum(t."amountMinor"), 0)::float8 AS "targetMinor"
      FROM "SalesTarget" t
     WHERE t."dealType" = ${dealType}::"DealType" AND ${month} >= ${start} AND ${month} < ${end} ${segments}`);
  return row && row.months > 0 ? row.targetMinor : null;
}
