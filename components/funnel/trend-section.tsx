import { StageTrendChart } from "@/components/charts/stage-trend-chart";
import { DrillLink } from "@/components/dashboard/drill-link";
import { SectionCard } from "@/components/ui/section-card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { FunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { CsvLink } from "./csv-link";
import { DefinedTh } from "./defined-th";
import { ratioText } from "./format";

/** Lead volume per funnel stage month by month over the trend window, with each month's conversion to the next stage. */
export async function TrendSection({ trends, filters, query }: { trends: Promise<FunnelTrends>; filters: DashboardFilters; query: string }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), trends]);
  const title = t("funnel.trendTitle");
  const description = t("funnel.trendPeriod", { period: formatPeriod(metrics.window, locale) });
  const data = metrics.trend.map((point) => ({
    label: formatMonth(point.month, locale),
    ...Object.fromEntries(point.stages.map((stage) => [stage.stage, stage.volume])),
  }));
  return (
    <SectionCard
      title={title}
      description={description}
      actions={<CsvLink chart="trend" query={query} title={title} t={t} />}
      empty={metrics.trend.every((point) => point.stages.every((stage) => stage.volume === 0)) ? t("funnel.trendEmpty") : null}
    >
      <div className="flex flex-col gap-4 p-5">
        <StageTrendChart label={t("funnel.trendChartLabel")} data={data} series={FUNNEL_STAGES.map((stage) => ({ key: stage, label: t(`stage.${stage}`) }))} />
        <Table caption={title}>
          <THead>
            <tr>
              <Th>{t("funnel.month")}</Th>
              {FUNNEL_STAGES.map((stage) => (
                <DefinedTh key={stage} id={`definition-trend-${stage}`} label={t(`stage.${stage}`)} definition={t("funnel.trendCellDefinition")} t={t} />
              ))}
            </tr>
          </THead>
          <TBody>
            {metrics.trend.map((point) => {
              const month = formatMonth(point.month, locale);
              return (
                <Tr key={monthKey(point.month)}>
                  <Th scope="row">{month}</Th>
                  {point.stages.map((stage) => (
                    <Td key={stage.stage} numeric>
                      <DrillLink
                        href={drillHref("stage-entries", { kind: "LEAD", stage: stage.stage, month: monthKey(point.month) }, filters)}
                        label={t("funnel.drillTrend", { stage: t(`stage.${stage.stage}`), month })}
                      >
                        {formatNumber(stage.volume, locale)}
                      </DrillLink>
                      {stage.stage !== "PURCHASE" && <span className="block text-xs text-muted-foreground">{ratioText(stage.conversion, locale, t)}</span>}
                    </Td>
                  ))}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </div>
    </SectionCard>
  );
}
