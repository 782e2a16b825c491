import { RateLineChart } from "@/components/charts/rate-line-chart";
import { ratioText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { Td } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { MoneyCell } from "./money-cell";
import { mrrText } from "./movement-kinds";
import { MonthTable } from "./month-table";
import { RetentionBaseGate } from "./retention-base-gate";
import { RetentionBaseTable } from "./retention-base-table";
import type { RetentionSectionProps } from "./retention-data";

/** GRR, NRR and expansion over the customers paying at the start of the period, their base, and the same rates month by month. */
export async function RevenueRetentionSection(props: RetentionSectionProps) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), props.retention]);
  const { base } = metrics.retention;
  const { filters } = props;
  const startingHref = (month: string) => drillHref("retention-movement", { movement: "STARTING", month: monthKey(month) }, filters);

  return (
    <RetentionBaseGate {...props} metrics={metrics} title={t("retention.retentionTitle")} chart="retention" t={t} locale={locale}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <MetricTile
          id="definition-grr"
          label={t("retention.grr")}
          definition={t("retention.grrDefinition")}
          value={ratioText(metrics.retention.grossRevenueRetention, locale, t)}
          detail={t("retention.baseDetail", { mrr: mrrText(base.startingMrrMinor, locale), customers: formatNumber(base.customersAtStart, locale) })}
          t={t}
        />
        <MetricTile id="definition-nrr" label={t("retention.nrr")} definition={t("retention.nrrDefinition")} value={ratioText(metrics.retention.netRevenueRetention, locale, t)} t={t} />
        <MetricTile
          id="definition-expansion-rate"
          label={t("retention.expansionRate")}
          definition={t("retention.expansionRateDefinition")}
          value={ratioText(metrics.retention.expansionRate, locale, t)}
          t={t}
        />
      </dl>
      <div className="grid items-start gap-4 lg:grid-cols-2 print:grid-cols-1">
        <RetentionBaseTable base={base} filters={filters} locale={locale} t={t} />
        <RateLineChart
          label={t("retention.ratesChartLabel")}
          series={[
            { key: "grr", label: t("retention.grr"), tone: "new", marker: "circle" },
            { key: "nrr", label: t("retention.nrr"), tone: "reactivation", marker: "square", dashed: true },
          ]}
          rows={metrics.retentionByMonth.map((month) => ({
            key: month.month,
            label: formatMonth(month.month, locale, "short"),
            values: { grr: month.grossRevenueRetention, nrr: month.netRevenueRetention },
            href: startingHref(month.month),
          }))}
        />
      </div>
      <MonthTable
        caption={t("retention.ratesCaption")}
        columns={[
          { id: "monthly-starting-mrr", label: t("retention.startingMrr"), definition: t("retention.stepDefinition.STARTING") },
          { id: "monthly-grr", label: t("retention.grr"), definition: t("retention.grrDefinition") },
          { id: "monthly-nrr", label: t("retention.nrr"), definition: t("retention.nrrDefinition") },
          { id: "monthly-expansion-rate", label: t("retention.expansionRate"), definition: t("retention.expansionRateDefinition") },
        ]}
        months={metrics.retentionByMonth}
        cells={(month, index) => {
          const bridge = metrics.movements[index];
          return (
            <>
              <MoneyCell
                amount={mrrText(bridge?.startingMrrMinor ?? 0, locale)}
                count={bridge?.customers.starting ?? 0}
                href={startingHref(month.month)}
                locale={locale}
                t={t}
              />
              <Td numeric>{ratioText(month.grossRevenueRetention, locale, t)}</Td>
              <Td numeric>{ratioText(month.netRevenueRetention, locale, t)}</Td>
              <Td numeric>{ratioText(month.expansionRate, locale, t)}</Td>
            </>
          );
        }}
        locale={locale}
        t={t}
      />
      <p className="text-xs text-muted-foreground">{t("retention.monthlyRatesNote")}</p>
    </RetentionBaseGate>
  );
}
