import { BowtieShape } from "@/components/bowtie/bowtie-shape";
import { StageCard } from "@/components/bowtie/stage-card";
import { hasTransitions, stageViews } from "@/components/bowtie/stage-view";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InfoTip } from "@/components/ui/info-tip";
import { STAGE_SIDE } from "@/lib/bowtie/stages";
import { db } from "@/lib/db/client";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { Period } from "@/lib/metrics/period";
import { loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { toMetricFilters, type DashboardFilters } from "@/lib/validation/dashboard-filters";
import { drillHref } from "@/lib/drill/href";

/** A half-open period as the days it covers, both included. */
function SideLabels({ t }: { t: Translate }) {
  return (
    <div className="grid grid-cols-7 text-center text-xs font-medium uppercase tracking-wide" aria-hidden="true">
      <span className="col-span-3 border-t-2 border-side-acquisition pt-1 text-side-acquisition">{t("side.ACQUISITION")}</span>
      <span className="border-t-2 border-side-knot pt-1 text-side-knot">{t("side.KNOT")}</span>
      <span className="col-span-3 border-t-2 border-side-retention pt-1 text-side-retention">{t("side.RETENTION")}</span>
    </div>
  );
}

/** The bow-tie overview for the filters: the shape, a card per stage, and the bottleneck. */
export async function BowtieOverviewSection({ filters, period, asOf }: { filters: DashboardFilters; period: Period; asOf: Date }) {
  const [{ t, locale }, overview] = await Promise.all([
    getI18n(),
    loadBowtieOverview(db, { period, filters: toMetricFilters(filters), asOf }),
  ]);
  const filtered = filters.segmentIds.length > 0 || filters.sources.length > 0;
  const comparison = t("bowtie.comparison", {
    current: formatPeriod(overview.current.period, locale),
    previous: formatPeriod(overview.previous.period, locale),
    asOf: formatDateTime(asOf, locale),
  });

  if (!hasTransitions(overview)) {
    return (
      <Card>
        <CardHeader title={t("bowtie.title")} description={comparison} />
        <EmptyState message={t(filtered ? "bowtie.emptyFiltered" : "bowtie.empty")} />
      </Card>
    );
  }

  const views = stageViews(overview, locale, t);
  const bottleneck = overview.bottleneck && views.find((view) => view.stage === overview.bottleneck?.stage);
  return (
    <Card>
      <CardHeader title={t("bowtie.title")} description={comparison} />
      <div className="flex flex-col gap-4 p-5">
        <div className="flex flex-col gap-1">
          <BowtieShape
            label={t("bowtie.shapeLabel")}
            stages={views.map((view) => ({
              key: view.stage,
              volume: view.volume,
              health: view.health,
              bottleneck: view.bottleneck,
              description: [
                `${view.label} (${t(`side.${STAGE_SIDE[view.stage]}`)})`,
                `${t("bowtie.volume")} ${view.volumeView.value}`,
                view.health ? t(`bowtie.health.${view.health}`) : null,
                view.bottleneck ? t("bowtie.bottleneck") : null,
              ]
                .filter(Boolean)
                .join(", "),
            }))}
          />
          <SideLabels t={t} />
        </div>
        <p className="flex items-center gap-1 text-sm">
          <span className="font-medium">{t("bowtie.bottleneck")}:</span>
          {bottleneck && overview.bottleneck
            ? t("bowtie.bottleneckNote", { stage: bottleneck.label, lost: formatNumber(overview.bottleneck.lost, locale) })
            : t("bowtie.noBottleneck")}
          <InfoTip id="definition-bottleneck" label={t("common.definitionOf", { term: t("bowtie.bottleneck") })} text={t("bowtie.bottleneckDefinition")} />
        </p>
        <ul aria-label={t("bowtie.stagesLabel")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7">
          {views.map((view) => (
            <StageCard key={view.stage} view={view} href={drillHref("stage-entries", { kind: "ACCOUNT", stage: view.stage }, filters)}
              conversionHref={drillHref("stage-moves", { kind: "ACCOUNT", stage: view.stage }, filters)} t={t} />
          ))}
        </ul>
        {overview.current.churned > 0 && (
          <p className="text-sm text-muted-foreground">{t("bowtie.churned", { count: formatNumber(overview.current.churned, locale) })}</p>
        )}
      </div>
    </Card>
  );
}
