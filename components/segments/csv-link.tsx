import { ChartCsvLink } from "@/components/dashboard/chart-csv-link";
import type { Translate } from "@/lib/i18n/translator";
import type { SegmentsCsvChart } from "@/lib/validation/segments-csv";

/** The CSV of one chart on the segments page, for the same filters. */
export function CsvLink({ chart, query, t }: { chart: SegmentsCsvChart; query: string; t: Translate }) {
  return <ChartCsvLink path="/api/dashboard/segments.csv" query={query} chart={chart} label={t(`segments.csv.${chart}`)} />;
}
