import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import { furthestStageCohorts, type FurthestStageCohort } from "../furthest-stage";
import { leadQualityBySource, type SourceQuality } from "../lead-quality";
import { monthsOf } from "../period";
import { stageSeries, type StageSeriesPoint } from "../stage-series";
import type { QueryClient } from "./client";
import { funnelCohortCounts } from "./funnel-cohorts";
import { mqlOutcomeCounts } from "./mql-outcomes";
import { periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { monthlyStageFlows, trendWindow } from "./stage-flows-monthly";

/** The funnel's views over time and over sources, for lead records. */
export interface FunnelTrends {
  /** The twelve whole months the trend and the cohort table cover (see trendWindow). */
  window: PeriodJson;
  asOf: string;
  trend: StageSeriesPoint[];
  cohorts: FurthestStageCohort[];
  /** MQLs of P (not of the window) by source: the sales–marketing feedback loop. */
  quality: SourceQuality[];
}

/** Stage volumes and conversion month by month, the lead cohort table, and MQL quality by source (three queries, in parallel). */
export async function loadFunnelTrends(
  client: QueryClient,
  { period, filters = {}, asOf }: PeriodQuery & { asOf: Date },
): Promise<FunnelTrends> {
  const window = trendWindow(period);
  const [flows, cohortCounts, outcomes] = await Promise.all([
    monthlyStageFlows(client, { kind: "LEAD", period: window, filters }),
    funnelCohortCounts(client, { period: window, asOf, filters }),
    mqlOutcomeCounts(client, { period, filters, asOf }),
  ]);
  const months = monthsOf(window);
  return {
    window: periodJson(window),
    asOf: asOf.toISOString(),
    trend: stageSeries(months, flows, FUNNEL_STAGES),
    cohorts: furthestStageCohorts(months, cohortCounts, FUNNEL_STAGES),
    quality: leadQualityBySource(outcomes),
  };
}
