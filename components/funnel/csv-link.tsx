import { buttonClasses } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translator";

export type FunnelChart = "stages" | "trend" | "cohorts" | "stays" | "quality";

/** The CSV of one funnel chart's data, for the same filters. */
export function CsvLink({ chart, query, t }: { chart: FunnelChart; query: string; t: Translate }) {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return (
    <a href={`/api/dashboard/funnel.csv?${params}`} download className={buttonClasses("ghost", "sm", "print:hidden")}>
      {t("funnel.chartCsv")}
    </a>
  );
}
