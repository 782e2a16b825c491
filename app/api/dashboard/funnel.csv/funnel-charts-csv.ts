import { toCsv } from "@/lib/csv/write";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";
import type { FunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import { isFunnelStage } from "@/lib/bowtie/stages";

const month = (date: Date) => date.toISOString().slice(0, 7);

/** Volume and strict conversion per month and stage, one row each. */
export function trendCsv(trends: FunnelTrends): string {
  const rows = trends.trend.flatMap((point) => point.stages.map((stage) => [month(point.month), stage.stage, stage.volume, stage.conversion]));
  return toCsv(["month", "stage", "volume", "period_conversion_to_next"], rows);
}

/** Leads per entry month and furthest stage, with the share of the month's cohort. */
export function cohortsCsv(trends: FunnelTrends): string {
  const rows = trends.cohorts.flatMap((cohort) =>
    cohort.furthest.map((cell, index) => [month(cohort.cohortMonth), cohort.entered, cell.stage, cell.records, cell.share, cohort.reached[index]!.records, trends.asOf]),
  );
  return toCsv(["entry_month", "entered", "furthest_stage", "leads", "share", "reached_stage_or_later", "as_of"], rows);
}

/** Stays per stage and duration bin (hours, upper bound empty for the last bin). */
export function staysCsv(funnel: FunnelMetrics): string {
  const rows = funnel.stages
    .filter((stage) => isFunnelStage(stage.stage))
    .flatMap((stage) => stage.stays.map((bin) => [stage.stage, bin.fromHours, bin.toHours, bin.exits, bin.censored, funnel.asOf]));
  return toCsv(["stage", "from_hours", "to_hours", "ended", "still_in_stage", "as_of"], rows);
}

/** MQLs per source and outcome, rejections per reason. */
export function qualityCsv(trends: FunnelTrends): string {
  const rows = trends.quality.flatMap((source) => [
    [source.source, "MQL", "", source.mqls, null],
    [source.source, "ACCEPTED", "", source.accepted, source.acceptanceRate],
    [source.source, "REJECTED", "", source.rejected, source.rejectionRate],
    [source.source, "DEQUALIFIED", "", source.dequalified, null],
    [source.source, "OPEN", "", source.open, null],
    ...source.reasons.map((reason) => [source.source, "REJECTED", reason.reason ?? "NONE", reason.leads, reason.share]),
  ]);
  return toCsv(["source", "outcome", "rejection_reason", "leads", "share"], rows);
}
