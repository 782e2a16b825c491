import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { SalesMetrics } from "@/lib/metrics/queries/sales";
import { DrillLink } from "@/components/dashboard/drill-link";
import { drillHref } from "@/lib/drill/href";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { moneyText, ratioText } from "./format";
import { MetricTile } from "./metric-tile";

/** Where the funnel ends: new-business win rate, sales cycle, velocity, pipeline coverage and weighted pipeline. */
export async function SalesSection({ sales, filters }: { sales: Promise<SalesMetrics>; filters: DashboardFilters }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), sales]);
  const title = t("funnel.salesTitle");
  const none = t("common.none");
  const days = (value: number | null) => (value === null ? none : t("bowtie.days", { days: formatNumber(value, locale, 1) }));
  const { closed, coverage } = metrics;

  if (closed.won + closed.lost === 0 && metrics.openOpportunities === 0) {
    return (
      <Card>
        <CardHeader title={title} />
        <EmptyState message={t("funnel.salesEmpty")} />
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader title={title} />
      <dl aria-label={t("funnel.salesLabel")} className="grid gap-3 p-5 sm:grid-cols-2 xl:grid-cols-5">
        <MetricTile
          id="definition-win-rate"
          label={t("funnel.winRate")}
          definition={t("funnel.winRateDefinition")}
          value={ratioText(metrics.winRate, locale, t)}
          detail={
            <>
              <DrillLink href={drillHref("sales-closed", { status: "WON" }, filters)} label={t("drill.salesClosed.WON")}>
                {t("funnel.wonCount", { count: formatNumber(closed.won, locale) })}
              </DrillLink>
              {", "}
              <DrillLink href={drillHref("sales-closed", { status: "LOST" }, filters)} label={t("drill.salesClosed.LOST")}>
                {t("funnel.lostCount", { count: formatNumber(closed.lost, locale) })}
              </DrillLink>
            </>
          }
          t={t}
        />
        <MetricTile
          id="definition-sales-cycle"
          label={t("funnel.salesCycle")}
          definition={t("funnel.salesCycleDefinition")}
          value={days(metrics.salesCycle.medianDays)}
          detail={t("funnel.salesCycleDetail", { mean: days(metrics.salesCycle.meanDays), deals: formatNumber(metrics.salesCycle.deals, locale) })}
          t={t}
        />
        <MetricTile
          id="definition-velocity"
          label={t("funnel.velocity")}
          definition={t("funnel.velocityDefinition")}
          value={metrics.velocity ? moneyText(metrics.velocity.perMonthMinor, locale) : none}
          detail={metrics.velocity ? t("funnel.velocityDetail", { perDay: moneyText(metrics.velocity.perDayMinor, locale) }) : undefined}
          t={t}
        />
        <MetricTile
          id="definition-coverage"
          label={t("funnel.coverage")}
          definition={t("funnel.coverageDefinition")}
          value={coverage.coverage === null ? none : t("funnel.coverageMultiple", { value: formatNumber(coverage.coverage, locale, 1) })}
          detail={
            coverage.targetMinor === null
              ? t("funnel.coverageNoTarget")
              : t("funnel.coverageDetail", { open: moneyText(coverage.openPipelineMinor, locale), target: moneyText(coverage.targetMinor, locale) })
          }
          t={t}
        />
        <MetricTile
          id="definition-weighted-pipeline"
          label={t("funnel.weightedPipeline")}
          definition={t("funnel.weightedPipelineDefinition")}
          value={moneyText(metrics.pipeline.weightedMinor, locale)}
          detail={t("funnel.weightedPipelineDetail", { amount: moneyText(metrics.pipeline.amountMinor, locale) })}
          t={t}
        />
      </dl>
    </Card>
  );
}
