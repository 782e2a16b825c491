import Link from "next/link";
import { ratioText } from "@/components/funnel/format";
import { InfoTip } from "@/components/ui/info-tip";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import type { CohortView } from "@/lib/validation/retention-view";
import { AccountsLink } from "./accounts-link";
import { HEAT_BOUNDS, heatStep, heatStyle } from "./heat-scale";
import { mrrText } from "./movement-kinds";

type Cohort = RetentionMetrics["cohorts"][number];

/** The legend of the colour steps; the value is printed in every cell, so colour only adds to it. */
function HeatLegend({ locale, t }: { locale: Locale; t: Translate }) {
  const percent = (share: number) => formatPercent(share, locale);
  return (
    <ul aria-label={t("retention.heatLegend")} className="flex flex-wrap items-center gap-3 text-xs text-muted-foreground">
      {HEAT_BOUNDS.map((bound, step) => {
        const next = HEAT_BOUNDS[step + 1];
        return (
          <li key={bound} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-border" style={heatStyle(step)} />
            {next === undefined
              ? t("retention.heatTop", { from: percent(bound) })
              : step === 0
                ? t("retention.heatBelow", { to: percent(next) })
                : t("retention.heatStep", { from: percent(bound), to: percent(next) })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Cohorts by start month (rows) and months since their start (columns): each cell the share
 * still paying, or of first-month MRR kept, printed and coloured, linking to the customers
 * paying then. Months after as-of have no cell.
 */
export function CohortHeatmap({
  cohorts,
  view,
  filters,
  locale,
  t,
}: {
  cohorts: Cohort[];
  view: CohortView;
  filters: DashboardFilters;
  locale: Locale;
  t: Translate;
}) {
  const span = Math.max(...cohorts.map((cohort) => cohort.cells.length));
  const hrefOf = (cohort: Cohort, age: number) => drillHref("retention-cohort", { cohort: monthKey(cohort.cohortMonth), age }, filters);
  const definition = t(`retention.cohortDefinition.${view}`);

  return (
    // A year is a dozen month columns: tight cells keep them on one screen and one sheet of paper.
    <div className="flex flex-col gap-3 [&_td]:px-1.5 [&_th]:px-2">
      <Table caption={t("retention.cohortsCaption")}>
        <THead>
          <tr>
            <Th rowSpan={2}>{t("retention.cohort")}</Th>
            <Th rowSpan={2} numeric>
              <span className="inline-flex items-center gap-1">
                {t("retention.cohortSize")}
                <InfoTip id="definition-cohort-size" label={t("common.definitionOf", { term: t("retention.cohortSize") })} text={t("retention.cohortSizeDefinition")} />
              </span>
            </Th>
            <Th rowSpan={2} numeric>
              {t("retention.cohortStartMrr")}
            </Th>
            <Th colSpan={span} scope="colgroup" className="text-center">
              <span className="inline-flex items-center gap-1">
                {t("retention.monthsSince")}
                <InfoTip id="definition-cohort-cell" label={t("common.definitionOf", { term: t(`retention.cohortView.${view}`) })} text={definition} />
              </span>
            </Th>
          </tr>
          <tr>
            {Array.from({ length: span }, (_, age) => (
              <Th key={age} numeric className="text-center">
                {t("retention.monthN", { n: age })}
              </Th>
            ))}
          </tr>
        </THead>
        <TBody>
          {cohorts.map((cohort) => {
            const name = formatMonth(cohort.cohortMonth, locale, "long");
            return (
              <Tr key={cohort.cohortMonth}>
                <Th scope="row">{formatMonth(cohort.cohortMonth, locale, "short")}</Th>
                <Td numeric>
                  <AccountsLink count={cohort.customers} href={hrefOf(cohort, 0)} locale={locale} t={t} bare />
                </Td>
                <Td numeric>{mrrText(cohort.startingMrrMinor, locale)}</Td>
                {Array.from({ length: span }, (_, age) => {
                  const cell = cohort.cells[age];
                  if (!cell) return <Td key={age} />;
                  const value = view === "logos" ? cell.logoRetention : cell.revenueRetention;
                  // Whole percentages keep the grid narrow; the exact share is in the label and the CSV.
                  const text = value === null ? t("common.none") : formatPercent(value, locale, 0);
                  const label = t(`retention.cohortCell.${view}`, {
                    cohort: name,
                    age,
                    value: ratioText(value, locale, t),
                    count: formatNumber(cell.customers, locale),
                    size: formatNumber(cohort.customers, locale),
                  });
                  return (
                    <Td key={age} numeric className="text-center" style={heatStyle(heatStep(value))}>
                      <Link href={hrefOf(cohort, age)} aria-label={label} title={label} className="block underline-offset-2 hover:underline">
                        {text}
                      </Link>
                    </Td>
                  );
                })}
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <HeatLegend locale={locale} t={t} />
    </div>
  );
}
