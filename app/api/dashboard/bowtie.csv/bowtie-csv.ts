import { toCsv } from "@/lib/csv/write";
import type { BowtieOverview } from "@/lib/metrics/queries/bowtie-overview";

export const BOWTIE_CSV_HEADER = [
  "stage",
  "period_start",
  "period_end",
  "volume",
  "conversion_to_next",
  "median_hours",
  "previous_period_start",
  "previous_period_end",
  "previous_volume",
  "previous_conversion_to_next",
  "previous_median_hours",
  "bottleneck",
] as const;


/**
 * The overview's figures as CSV, unformatted (ratios as decimals, times in hours, stages by
 * their code) so a spreadsheet reads them as numbers in any language.
 */
export function bowtieCsv(overview: BowtieOverview): string {
  const { current, previous } = overview;
  const rows = current.stages.map((stage) => {
    const before = previous.stages.find((row) => row.stage === stage.stage);
    return [
      stage.stage,
      current.period.start,
      current.period.end,
      stage.volume,
      stage.conversion,
      stage.medianHours,
      previous.period.start,
      previous.period.end,
      before?.volume ?? null,
      before?.conversion ?? null,
      before?.medianHours ?? null,
      overview.bottleneck?.stage === stage.stage,
    ];
  });
  return toCsv(BOWTIE_CSV_HEADER, rows);
}
