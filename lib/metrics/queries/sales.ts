import type { DealType } from "@/generated/prisma/enums";
import { averageDealSize, type WonDeals } from "@/lib/metrics/deal-size";
import type { Period } from "@/lib/metrics/period";
import { pipelineCoverage, weightedPipeline, type WeightedPipeline } from "@/lib/metrics/pipeline";
import type { Ratio } from "@/lib/metrics/ratio";
import { salesCycle, type SalesCycle } from "@/lib/metrics/sales-cycle";
import { salesVelocity, type SalesVelocity } from "@/lib/metrics/sales-velocity";
import { winRate, type ClosedDeals } from "@/lib/metrics/win-rate";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { closedDeals } from "./sales-closed";
import { cycleHistogram } from "./sales-cycle";
import { openOpportunitiesAt, openPipelineByStage } from "./sales-pipeline";
import { salesTargetFor } from "./targets";

/** The sales dashboard of one deal type; instants as ISO strings, money in minor units. */
export interface SalesMetrics {
  period: { start: string; end: string };
  dealType: DealType;
  closed: ClosedDeals;
  winRate: Ratio;
  won: WonDeals;
  averageDealSizeMinor: number | null;
  salesCycle: SalesCycle;
  /** Deals open when P ended (or open now, for a period not yet over). */
  openOpportunities: number;
  velocity: SalesVelocity | null;
  /** Open deals expected to close in P, weighted by pipeline stage. */
  pipeline: WeightedPipeline;
  coverage: {
    openPipelineMinor: number;
    /** Null when P has no target or the filters cannot be compared with one. */
    targetMinor: number | null;
    wonMinor: number;
    coverage: Ratio;
  };
}

/**
 * The sales dashboard for P: win rate, sales cycle, average deal size, sales velocity, weighted
 * pipeline and pipeline coverage against the sales target, all over deals of `dealType` (NEW
 * unless given) in the filters' scope.
 */
export async function loadSalesMetrics(
  client: QueryClient,
  options: { period: Period; filters: MetricFilters; dealType?: DealType },
): Promise<SalesMetrics> {
  const { period, filters, dealType = "NEW" } = options;
  const [closed, cycle, stages, openOpportunities, targetMinor] = await Promise.all([
    closedDeals(client, period, dealType, filters),
    cycleHistogram(client, period, dealType, filters),
    openPipelineByStage(client, period, dealType, filters),
    openOpportunitiesAt(client, period, dealType, filters),
    salesTargetFor(client, period, dealType, filters),
  ]);
  const rate = winRate(closed.closed);
  const averageDealSizeMinor = averageDealSize(closed.won);
  const cycleSummary = salesCycle(cycle);
  const openPipelineMinor = stages.reduce((sum, stage) => sum + stage.amountMinor, 0);
  return {
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    dealType,
    closed: closed.closed,
    winRate: rate,
    won: closed.won,
    averageDealSizeMinor,
    salesCycle: cycleSummary,
    openOpportunities,
    velocity: salesVelocity({ openOpportunities, winRate: rate, averageDealSizeMinor, averageCycleDays: cycleSummary.meanDays }),
    pipeline: weightedPipeline(stages),
    coverage: {
      openPipelineMinor,
      targetMinor,
      wonMinor: closed.won.amountMinor,
      coverage:
        targetMinor === null
          ? null
          : pipelineCoverage({ openPipelineMinor, targetMinor, wonMinor: closed.won.amountMinor }),
    },
  };
}
