import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";
import { DrillLink } from "@/components/dashboard/drill-link";
import { drillHref } from "@/lib/drill/href";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { DefinedTh } from "./defined-th";
import { hoursText, ratioText } from "./format";
import { isFunnelStage } from "@/lib/bowtie/stages";
import { MetricTile } from "./metric-tile";

/** How fast new leads get a first personal touch, and how many leads have waited past their stage's SLA. */
export async function SpeedSlaSection({ funnel, filters }: { funnel: Promise<FunnelMetrics>; filters: DashboardFilters }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), funnel]);
  const speed = metrics.speedToLead;
  const sla = metrics.sla.filter((row) => isFunnelStage(row.stage));
  const slaCaption = t("funnel.slaLabel");

  return (
    <Card>
      <CardHeader title={t("funnel.speedTitle")} />
      <div className="flex flex-col gap-4 p-5">
        {speed.touched + speed.untouched === 0 ? (
          <EmptyState message={t("funnel.speedEmpty")} />
        ) : (
          <dl className="grid gap-3 sm:grid-cols-3">
            <MetricTile id="definition-speed-median" label={t("funnel.speedMedian")} definition={t("funnel.speedMedianDefinition")} value={hoursText(speed.medianHours, locale, t)} t={t} />
            <MetricTile id="definition-speed-p75" label={t("funnel.speedP75")} definition={t("funnel.speedP75Definition")} value={hoursText(speed.p75Hours, locale, t)} t={t} />
            <MetricTile
              id="definition-untouched"
              label={t("funnel.untouched")}
              definition={t("funnel.untouchedDefinition")}
              value={
                <DrillLink href={drillHref("funnel-untouched", {}, filters)} label={t("drill.untouched")}>
                  {formatNumber(speed.untouched, locale)}
                </DrillLink>
              }
              t={t}
            />
          </dl>
        )}
        {sla.every((row) => row.inStage === 0) ? (
          <EmptyState message={t("funnel.slaEmpty")} />
        ) : (
          <Table caption={slaCaption}>
            <THead>
              <tr>
                <Th>{t("funnel.stage")}</Th>
                <DefinedTh id="definition-in-stage" label={t("funnel.inStage")} definition={t("funnel.inStageDefinition")} t={t} />
                <DefinedTh id="definition-past-sla" label={t("funnel.pastSla")} definition={t("funnel.pastSlaDefinition")} t={t} />
                <DefinedTh id="definition-sla-share" label={t("funnel.slaShare")} definition={t("funnel.slaShareDefinition")} t={t} />
              </tr>
            </THead>
            <TBody>
              {sla.map((row) => (
                <Tr key={row.stage}>
                  <Th scope="row">{t(`stage.${row.stage}`)}</Th>
                  <Td numeric>
                    <DrillLink href={drillHref("funnel-sla", { stage: row.stage }, filters)} label={t("drill.inStage", { stage: t(`stage.${row.stage}`) })}>
                      {formatNumber(row.inStage, locale)}
                    </DrillLink>
                  </Td>
                  <Td numeric>
                    <DrillLink href={drillHref("funnel-sla", { stage: row.stage, past: "sla" }, filters)} label={t("drill.pastSla", { stage: t(`stage.${row.stage}`) })}>
                      {formatNumber(row.pastSla, locale)}
                    </DrillLink>
                  </Td>
                  <Td numeric>{ratioText(row.share, locale, t)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </Card>
  );
}
