import { toCsv } from "@/lib/csv/write";
import { isFunnelStage } from "@/lib/bowtie/stages";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";

export const FUNNEL_CSV_HEADER = [
  "stage",
  "period_start",
  "period_end",
  "as_of",
  "volume",
  "period_conversion_to_next",
  "cohort_entered",
  "cohort_conversion_to_next",
  "median_hours",
  "p75_hours",
  "in_stage",
  "past_sla",
  "sla_breach_share",
] as const;


/**
 * The funnel's stage figures as CSV, unformatted (ratios as decimals, times in hours, stages
 * by their code) so a spreadsheet reads them as numbers in any language.
 */
export function funnelCsv(funnel: FunnelMetrics): string {
  const rows = funnel.stages
    .filter((stage) => isFunnelStage(stage.stage))
    .map((stage) => {
      const sla = funnel.sla.find((row) => row.stage === stage.stage);
      return [
        stage.stage,
        funnel.period.start,
        funnel.period.end,
        funnel.asOf,
        stage.volume,
        stage.periodConversion.strict,
        stage.cohort.entered,
        stage.cohort.strict,
        stage.timeInStage.medianHours,
        stage.timeInStage.p75Hours,
        sla?.inStage ?? 0,
        sla?.pastSla ?? 0,
        sla?.share ?? null,
      ];
    });
  return toCsv(FUNNEL_CSV_HEADER, rows);
}
