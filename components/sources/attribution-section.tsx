import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { moneyText } from "@/components/funnel/format";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { UNTOUCHED } from "@/lib/drill/sources";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { SourceAttributionRow } from "@/lib/metrics/source-attribution";
import type { SourceAttributionMetrics } from "@/lib/metrics/queries/sources-attribution";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { withModel } from "@/lib/validation/sources-params";
import { ChartCsvLink } from "@/components/dashboard/chart-csv-link";
import { DrillLink } from "@/components/dashboard/drill-link";
import { ModelSwitch } from "./model-switch";

const OUTCOMES = ["WON", "LOST"] as const;
type Outcome = (typeof OUTCOMES)[number];
const outcomeOf = (row: SourceAttributionRow, outcome: Outcome) => (outcome === "WON" ? row.won : row.lost);

/** Won and lost deals of the period credited to the sources by the chosen model: chart, switch and drillable table. */
export async function AttributionSection({
  attribution,
  filters,
  query,
}: {
  attribution: Promise<SourceAttributionMetrics>;
  filters: DashboardFilters;
  query: string;
}) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), attribution]);
  const { model, total } = metrics;
  const title = t("sources.attributionTitle");
  const description = `${t("sources.attributionDescription")} ${formatPeriod(metrics.period, locale)}.`;
  const empty = total.won.deals + total.lost.deals === 0;
  const nameOf = (row: SourceAttributionRow, all = false) =>
    all ? t("sources.allSources") : row.source ? t(`leadSource.${row.source}`) : t("sources.untouched");

  return (
    <Card>
      <CardHeader title={title} description={description} />
      <div className="flex flex-col gap-4 p-5">
        <ModelSwitch model={model} query={query} t={t} />
        {empty ? (
          <EmptyState message={t("sources.attributionEmpty")} />
        ) : (
          <>
            <GroupedBarChart
              label={t("sources.attributionChartLabel", { model: t(`sources.model.${model}`) })}
              fractionDigits={1}
              series={[
                { key: "won", label: t("sources.wonCredit"), color: "var(--side-knot)", pattern: "solid" },
                { key: "lost", label: t("sources.lostCredit"), color: "var(--side-off)", pattern: "stripes" },
              ]}
              data={metrics.sources.map((row) => ({ key: String(row.source), label: nameOf(row), values: { won: row.won.credit, lost: row.lost.credit } }))}
            />
            <Table caption={title}>
              <THead>
                <tr>
                  <Th rowSpan={2} className="align-bottom">
                    {t("sources.source")}
                  </Th>
                  {OUTCOMES.map((outcome) => (
                    <Th key={outcome} colSpan={3} scope="colgroup" className="text-center">
                      {t(outcome === "WON" ? "sources.won" : "sources.lost")}
                    </Th>
                  ))}
                </tr>
                <tr>
                  {OUTCOMES.map((outcome) => (
                    <OutcomeHeads key={outcome} outcome={outcome} t={t} />
                  ))}
                </tr>
              </THead>
              <TBody>
                {metrics.sources.map((row) => (
                  <AttributionRow key={String(row.source)} row={row} name={nameOf(row)} model={model} filters={filters} locale={locale} />
                ))}
              </TBody>
              <TFoot>
                <AttributionRow row={total} name={nameOf(total, true)} all model={model} filters={filters} locale={locale} />
              </TFoot>
            </Table>
            <p className="flex justify-end print:hidden"><ChartCsvLink path="/api/dashboard/sources.csv" query={withModel(query, model)} chart="attribution" label={t("sources.attributionCsv")} /></p>
          </>
        )}
      </div>
    </Card>
  );
}

function OutcomeHeads({ outcome, t }: { outcome: Outcome; t: Translate }) {
  const id = outcome.toLowerCase();
  return (
    <>
      <DefinedTh id={`definition-${id}-credit`} label={t("sources.credit")} definition={t("sources.creditDefinition")} t={t} />
      <DefinedTh id={`definition-${id}-deals`} label={t("sources.deals")} definition={t("sources.dealsDefinition")} t={t} />
      <DefinedTh id={`definition-${id}-amount`} label={t("sources.amount")} definition={t("sources.amountDefinition")} t={t} />
    </>
  );
}

function AttributionRow({
  row,
  name,
  all = false,
  model,
  filters,
  locale,
}: {
  row: SourceAttributionRow;
  name: string;
  all?: boolean;
  model: SourceAttributionMetrics["model"];
  filters: DashboardFilters;
  locale: Locale;
}) {
  const leadSource = all ? undefined : (row.source ?? UNTOUCHED);
  return (
    <Tr>
      <Th scope="row">{name}</Th>
      {OUTCOMES.map((outcome) => {
        const credit = outcomeOf(row, outcome);
        return [
          <Td key={`${outcome}-credit`} numeric>
            {formatNumber(credit.credit, locale, 1)}
          </Td>,
          <Td key={`${outcome}-deals`} numeric>
            <DrillLink href={drillHref("sources-credited", { leadSource, outcome, model }, filters)}>{formatNumber(credit.deals, locale)}</DrillLink>
          </Td>,
          <Td key={`${outcome}-amount`} numeric>
            {moneyText(credit.amountMinor, locale)}
          </Td>,
        ];
      })}
    </Tr>
  );
}
