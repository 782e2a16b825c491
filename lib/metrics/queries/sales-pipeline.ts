import { Prisma } from "@/generated/prisma/client";
import type { DealType } from "@/generated/prisma/enums";
import type { Period } from "@/lib/metrics/period";
import type { PipelineStageAmount } from "@/lib/metrics/pipeline";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { dayStart, periodBounds } from "./retention-period";
import { dealsInScope } from "./sales-scope";

/**
 * Open pipeline due in P: deals of `dealType` with status OPEN whose expected close date lies
 * in P, per pipeline stage, with their count and summed amount. Won, lost and differently
 * dated deals are excluded, and so are deals outside the filters.
 */
export async function openPipelineByStage(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
): Promise<PipelineStageAmount[]> {
  const { start, end } = periodBounds(period);
  const closeDay = dayStart(Prisma.sql`d."closeDate"`);
  return client.$queryRaw<PipelineStageAmount[]>(Prisma.sql`
    SELECT d."pipelineStage"::text AS "pipelineStage", count(*)::int AS deals, sum(d."amountMinor")::float8 AS "amountMinor"
    ${dealsInScope(dealType, filters)}
       AND d.status = 'OPEN' AND ${closeDay} >= ${start} AND ${closeDay} < ${end}
     GROUP BY 1
     ORDER BY 1`);
}

// Reconstructed from openedAt and closedAt rather than read from status, so that a past
// period gets the deals that were open when it ended, not those open today.
/**
 * Open opportunities at the end of P: deals of `dealType` opened before P's end and not closed
 * before it. Deals outside the filters are excluded.
 */
export async function openOpportunitiesAt(
  client: QueryClient,
  period: Period,
  dealType: DealType,
  filters: MetricFilters,
): Promise<number> {
  const { end } = periodBounds(period);
  const [row] = await client.$queryRaw<{ open: number }[]>(Prisma.sql`
    SELECT count(*)::int AS open
    ${dealsInScope(dealType, filters)}
       AND d."openedAt" < ${end} AND (d."closedAt" IS NULL OR d."closedAt" >= ${end})`);
  return row?.open ?? 0;
}
