import { ChartCsvLink } from "@/components/dashboard/chart-csv-link";
import type { Translate } from "@/lib/i18n/translator";

export type FunnelChart = "stages" | "trend" | "cohorts" | "stays" | "quality";

/** The CSV of one funnel chart's data, for the same filters. */
export function CsvLink({ chart, query, title, t }: { chart: FunnelChart; query: string; title: string; t: Translate }) {
  return <ChartCsvLink path="/api/dashboard/funnel.csv" query={query} chart={chart} label={t("funnel.chartCsv")} name={t("common.csvOf", { chart: title })} />;
}
