import { RateLineChart } from "@/components/charts/rate-line-chart";
import { ratioText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { Td } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { AccountsLink } from "./accounts-link";
import { MonthTable } from "./month-table";
import { RetentionBaseGate } from "./retention-base-gate";
import type { RetentionSectionProps } from "./retention-data";

/** Customers lost: the period's logo churn over its starting customers, and each month's. */
export async function LogoChurnSection(props: RetentionSectionProps) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), props.retention]);
  const { base } = metrics.retention;
  const { filters } = props;
  const monthHref = (movement: "STARTING" | "CHURN", month: string) =>
    drillHref("retention-movement", { movement, month: monthKey(month) }, filters);

  return (
    <RetentionBaseGate {...props} metrics={metrics} title={t("retention.logoChurnTitle")} chart="logo-churn" t={t} locale={locale}>
      <div className="grid items-start gap-4 lg:grid-cols-2 print:grid-cols-1">
        <div className="flex flex-col gap-3">
          <dl className="grid gap-3">
            <MetricTile
              id="definition-logo-churn"
              label={t("retention.logoChurn")}
              definition={t("retention.logoChurnDefinition")}
              value={ratioText(metrics.retention.logoChurn, locale, t)}
              t={t}
            />
          </dl>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span>
              {t("retention.base.churned")}:{" "}
              <AccountsLink count={base.churnedCustomers} href={drillHref("retention-base", { part: "churned" }, filters)} locale={locale} t={t} />
            </span>
            <span>
              {t("retention.base.start")}:{" "}
              <AccountsLink count={base.customersAtStart} href={drillHref("retention-base", { part: "start" }, filters)} locale={locale} t={t} />
            </span>
          </p>
        </div>
        <RateLineChart
          label={t("retention.logoChurnChartLabel")}
          series={[{ key: "logoChurn", label: t("retention.logoChurn"), tone: "churn", marker: "triangle" }]}
          rows={metrics.retentionByMonth.map((month) => ({
            key: month.month,
            label: formatMonth(month.month, locale, "short"),
            values: { logoChurn: month.logoChurn },
            href: monthHref("CHURN", month.month),
          }))}
        />
      </div>
      <MonthTable
        caption={t("retention.logoChurnCaption")}
        columns={[
          { id: "monthly-customers-at-start", label: t("retention.customersAtStart"), definition: t("retention.customersAtStartDefinition") },
          { id: "monthly-churned", label: t("retention.churnedCustomers"), definition: t("retention.churnedCustomersDefinition") },
          { id: "monthly-logo-churn", label: t("retention.logoChurn"), definition: t("retention.logoChurnDefinition") },
        ]}
        months={metrics.movements}
        cells={(month, index) => (
          <>
            <Td numeric>
              <AccountsLink count={month.customers.starting} href={monthHref("STARTING", month.month)} locale={locale} t={t} />
            </Td>
            <Td numeric>
              <AccountsLink count={month.customers.churned} href={monthHref("CHURN", month.month)} locale={locale} t={t} />
            </Td>
            <Td numeric>{ratioText(metrics.retentionByMonth[index]?.logoChurn ?? null, locale, t)}</Td>
          </>
        )}
        locale={locale}
        t={t}
      />
    </RetentionBaseGate>
  );
}
