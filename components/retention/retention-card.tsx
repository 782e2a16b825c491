import type { ReactNode } from "react";
import { ChartCsvLink } from "@/components/dashboard/chart-csv-link";
import { SectionCard } from "@/components/ui/section-card";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionChart } from "@/lib/validation/retention-view";

/** A retention section: its title, what it covers, the CSV of its chart's data, and its content or what data is missing. */
export function RetentionCard({
  title,
  description,
  chart,
  query,
  empty,
  t,
  children,
}: {
  title: string;
  description?: string;
  chart: RetentionChart;
  query: string;
  empty?: string | null;
  t: Translate;
  children: ReactNode;
}) {
  return (
    <SectionCard
      title={title}
      description={description}
      empty={empty}
      actions={<ChartCsvLink path="/api/dashboard/retention.csv" query={query} chart={chart} label={t("retention.downloadChartCsv")} name={t("common.csvOf", { chart: title })} />}
    >
      {children}
    </SectionCard>
  );
}
