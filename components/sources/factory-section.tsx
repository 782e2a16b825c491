import { GroupedBarChart, type BarSeries } from "@/components/charts/grouped-bar-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { ratioText } from "@/components/funnel/format";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { FactoryLine, FactoryStep } from "@/lib/metrics/source-factory";
import type { SourceFactoryMetrics } from "@/lib/metrics/queries/sources-factory";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { ChartCsvLink } from "@/components/dashboard/chart-csv-link";
import { DrillLink } from "@/components/dashboard/drill-link";

// The end products side by side; the raw material (leads) and MQLs dwarf them and stay in the table.
const CHART_SERIES: readonly { step: FactoryStep; color: string; pattern: BarSeries["pattern"] }[] = [
  { step: "accepted", color: "var(--side-acquisition)", pattern: "stripes" },
  { step: "meetings", color: "var(--side-acquisition)", pattern: "dots" },
  { step: "offers", color: "var(--side-acquisition)", pattern: "cross" },
  { step: "won", color: "var(--side-knot)", pattern: "solid" },
];

/** The customer factory: each source's lead cohort through every step, as a chart and a table of drillable counts. */
export async function FactorySection({
  factory,
  filters,
  query,
}: {
  factory: Promise<SourceFactoryMetrics>;
  filters: DashboardFilters;
  query: string;
}) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), factory]);
  const title = t("sources.factoryTitle");
  const description = t("sources.period", { period: formatPeriod(metrics.period, locale), asOf: formatDateTime(new Date(metrics.asOf), locale) });

  if (metrics.total.steps[0]?.count === 0) {
    return (
      <Card>
        <CardHeader title={title} description={description} />
        <EmptyState message={t("sources.factoryEmpty")} />
      </Card>
    );
  }

  const sourceName = (line: FactoryLine) => (line.source ? t(`leadSource.${line.source}`) : t("sources.allSources"));
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <div className="flex flex-col gap-4 p-5">
        <GroupedBarChart
          label={t("sources.factoryChartLabel")}
          series={CHART_SERIES.map(({ step, color, pattern }) => ({ key: step, label: t(`sources.step.${step}`), color, pattern }))}
          data={metrics.sources.map((line) => ({
            key: String(line.source),
            label: sourceName(line),
            values: Object.fromEntries(line.steps.map((figure) => [figure.step, figure.count])),
          }))}
        />
        <p className="text-xs text-muted-foreground">{t("sources.factoryHow")}</p>
        <Table caption={title}>
          <THead>
            <tr>
              <Th>{t("sources.source")}</Th>
              {metrics.total.steps.map(({ step }) => (
                <DefinedTh key={step} id={`definition-step-${step}`} label={t(`sources.step.${step}`)} definition={t(`sources.stepDefinition.${step}`)} t={t} />
              ))}
              <DefinedTh id="definition-lead-to-won" label={t("sources.leadToWon")} definition={t("sources.leadToWonDefinition")} t={t} />
            </tr>
          </THead>
          <TBody>
            {metrics.sources.map((line) => (
              <FactoryRow key={line.source} line={line} name={sourceName(line)} filters={filters} locale={locale} t={t} />
            ))}
          </TBody>
          <TFoot>
            <FactoryRow line={metrics.total} name={sourceName(metrics.total)} filters={filters} locale={locale} t={t} />
          </TFoot>
        </Table>
        <p className="flex justify-end print:hidden"><ChartCsvLink path="/api/dashboard/sources.csv" query={query} chart="factory" label={t("sources.factoryCsv")} /></p>
      </div>
    </Card>
  );
}

function FactoryRow({ line, name, filters, locale, t }: { line: FactoryLine; name: string; filters: DashboardFilters; locale: Locale; t: Translate }) {
  return (
    <Tr>
      <Th scope="row" className="align-top">
        {name}
      </Th>
      {line.steps.map((figure) => (
        <Td key={figure.step} numeric>
          <DrillLink href={drillHref("sources-cohort", { leadSource: line.source ?? undefined, step: figure.step }, filters)}>
            {formatNumber(figure.count, locale)}
          </DrillLink>
          {figure.step !== "leads" && (
            <span className="block text-xs font-normal text-muted-foreground" title={t("sources.rateOf", { rate: ratioText(figure.conversion, locale, t) })}>
              {ratioText(figure.conversion, locale, t)}
            </span>
          )}
        </Td>
      ))}
      <Td numeric>{ratioText(line.leadToWon, locale, t)}</Td>
    </Tr>
  );
}
