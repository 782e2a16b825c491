import { UtilisationChart } from "@/components/charts/utilisation-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { CapacityMetrics } from "@/lib/metrics/queries/capacity";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { CapacityChainTable } from "./capacity-chain-table";
import { CapacitySummary } from "./capacity-summary";
import { chainRows } from "./chain-rows";

/** Monthly inflow against the owning teams' capacity for every stage: the summary, a chart and the table behind it. */
export async function CapacityChainSection({ capacity, filters, asOf }: { capacity: Promise<CapacityMetrics>; filters: DashboardFilters; asOf: Date }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), capacity]);
  const title = t("capacity.chain.title");
  const kind = metrics.kind === "LEAD" ? "LEAD" : "ACCOUNT";
  const description = t(`capacity.chain.description.${kind}`, {
    period: formatPeriod(metrics.period, locale),
    months: formatNumber(metrics.months, locale, 1),
    asOf: formatDateTime(asOf, locale),
  });

  if (metrics.counts.every((row) => row.entered === 0)) {
    return (
      <Card>
        <CardHeader title={title} description={description} />
        <EmptyState message={t(`capacity.chain.empty.${kind}`)} />
      </Card>
    );
  }

  const rows = chainRows(metrics, t);
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <div className="flex flex-col gap-4 p-5">
        <CapacitySummary metrics={metrics} rows={rows} />
        {Object.keys(metrics.owners).length === 0 && <p className="text-sm text-muted-foreground">{t("capacity.chain.noOwners")}</p>}
        <UtilisationChart
          label={t("capacity.chain.chartLabel")}
          capacityLine={t("capacity.chain.capacityLine")}
          bottleneckLabel={t("capacity.bottleneck")}
          inflowLabel={t("capacity.chain.inflow")}
          capacityLabel={t("capacity.chain.capacity")}
          noLimitLabel={t("capacity.chain.noLimit")}
          data={rows.map((row) => ({
            key: row.stage,
            label: row.label,
            utilisation: row.utilisation,
            inflow: row.flow.inflow,
            capacity: row.capacity,
            bottleneck: row.bottleneck,
          }))}
        />
        <CapacityChainTable rows={rows} filters={filters} kind={kind} caption={title} />
      </div>
    </Card>
  );
}
