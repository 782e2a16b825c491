import { StageVolumeChart } from "@/components/charts/stage-volume-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { FunnelMetrics } from "@/lib/metrics/queries/funnel";
import { DrillLink } from "@/components/dashboard/drill-link";
import { drillHref } from "@/lib/drill/href";
import { nextStage } from "@/lib/metrics/period-conversion";
import type { Translate } from "@/lib/i18n/translator";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { CsvLink } from "./csv-link";
import { DefinedTh } from "./defined-th";
import { ratioText } from "./format";
import { isFunnelStage } from "@/lib/bowtie/stages";

/** A stage's period conversion, opening the leads that made the move it counts. */
function ConversionCell({ row, filters, t, text }: { row: FunnelMetrics["stages"][number]; filters: DashboardFilters; t: Translate; text: string }) {
  const next = nextStage(row.stage);
  if (!next || row.periodConversion.strict === null) return text;
  return (
    <DrillLink
      href={drillHref("stage-moves", { kind: "LEAD", stage: row.stage }, filters)}
      label={t("funnel.drillConversion", { from: t(`stage.${row.stage}`), to: t(`stage.${next}`) })}
    >
      {text}
    </DrillLink>
  );
}

/** Lead volume per funnel stage as a chart and a table, with period and cohort conversion to the next stage. */
export async function StageVolumesSection({ funnel, filters, query }: { funnel: Promise<FunnelMetrics>; filters: DashboardFilters; query: string }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), funnel]);
  const stages = metrics.stages.filter((row) => isFunnelStage(row.stage));
  const title = t("funnel.volumesTitle");
  const description = t("funnel.period", { period: formatPeriod(metrics.period, locale), asOf: formatDateTime(new Date(metrics.asOf), locale) });

  if (stages.every((row) => row.volume === 0)) {
    return (
      <Card>
        <CardHeader title={title} description={description} />
        <EmptyState message={t("funnel.volumesEmpty")} />
      </Card>
    );
  }

  const days = metrics.windowDays;
  return (
    <Card>
      <CardHeader title={title} description={description} actions={<CsvLink chart="stages" query={query} title={title} t={t} />} />
      <div className="flex flex-col gap-4 p-5">
        <StageVolumeChart
          label={t("funnel.chartLabel")}
          volumeLabel={t("funnel.volume")}
          conversionLabel={t("funnel.periodConversion")}
          data={stages.map((row) => ({
            key: row.stage,
            label: t(`stage.${row.stage}`),
            volume: row.volume,
            conversion: row.periodConversion.strict,
          }))}
        />
        <Table caption={title}>
          <THead>
            <tr>
              <Th>{t("funnel.stage")}</Th>
              <DefinedTh id="definition-volume" label={t("funnel.volume")} definition={t("funnel.volumeDefinition")} t={t} />
              <DefinedTh id="definition-period-conversion" label={t("funnel.periodConversion")} definition={t("funnel.periodConversionDefinition")} t={t} />
              <DefinedTh id="definition-cohort-conversion" label={t("funnel.cohortConversion")} definition={t("funnel.cohortConversionDefinition", { days })} t={t} />
            </tr>
          </THead>
          <TBody>
            {stages.map((row) => (
              <Tr key={row.stage}>
                <Th scope="row">{t(`stage.${row.stage}`)}</Th>
                <Td numeric>
                  <DrillLink href={drillHref("stage-entries", { kind: "LEAD", stage: row.stage }, filters)} label={t("funnel.drillVolume", { stage: t(`stage.${row.stage}`) })}>
                    {formatNumber(row.volume, locale)}
                  </DrillLink>
                </Td>
                <Td numeric>
                  <ConversionCell row={row} filters={filters} t={t} text={ratioText(row.periodConversion.strict, locale, t)} />
                </Td>
                <Td numeric>{ratioText(row.cohort.strict, locale, t)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        {!metrics.windowClosed && <p className="text-xs text-muted-foreground">{t("funnel.cohortOpen", { days })}</p>}
      </div>
    </Card>
  );
}
