import { ratioText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { CapacityMetrics } from "@/lib/metrics/queries/capacity";
import { teamNames, type ChainRow } from "./chain-rows";

/** The chain in four figures: its bottleneck, its throughput, the throughput with the bottleneck relieved, and the busiest stage. */
export async function CapacitySummary({ metrics, rows }: { metrics: CapacityMetrics; rows: ChainRow[] }) {
  const { t, locale } = await getI18n();
  const { bottleneck, output } = metrics.flow;
  const none = t("common.none");
  const bottleneckRow = bottleneck ? rows[bottleneck.index] : undefined;
  const busiest = metrics.busiest && rows.find((row) => row.stage === metrics.busiest?.stage);

  return (
    <dl aria-label={t("capacity.summary.label")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      <MetricTile
        id="definition-bottleneck"
        label={t("capacity.bottleneck")}
        definition={t("capacity.bottleneckDefinition")}
        value={bottleneckRow ? bottleneckRow.label : t("capacity.bottleneckNone")}
        detail={
          bottleneck && bottleneckRow
            ? t("capacity.bottleneckDetail", { lost: formatNumber(bottleneck.lost, locale), teams: teamNames(bottleneckRow, t) })
            : t("capacity.bottleneckNoneDetail")
        }
        t={t}
      />
      <MetricTile
        id="definition-throughput"
        label={t("capacity.throughput")}
        definition={t("capacity.throughputDefinition")}
        value={formatNumber(output, locale)}
        t={t}
      />
      <MetricTile
        id="definition-relieved"
        label={t("capacity.relieved")}
        definition={t("capacity.relievedDefinition")}
        value={bottleneck ? formatNumber(bottleneck.outputIfRelieved, locale) : none}
        detail={bottleneck ? t("capacity.relievedDetail", { output: formatNumber(output, locale) }) : undefined}
        t={t}
      />
      <MetricTile
        id="definition-busiest"
        label={t("capacity.busiest")}
        definition={t("capacity.busiestDefinition")}
        value={busiest ? busiest.label : none}
        detail={busiest ? t("capacity.busiestDetail", { utilisation: ratioText(busiest.utilisation, locale, t), teams: teamNames(busiest, t) }) : undefined}
        t={t}
      />
    </dl>
  );
}
