import { RateLineChart } from "@/components/charts/rate-line-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { ratioText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatMonth } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { AccountsLink } from "./accounts-link";
import { RetentionBaseGate, type BaseSectionProps } from "./retention-base-gate";
import { monthKey } from "./retention-links";

/** Customers lost: the period's logo churn over its starting customers, and each month's. */
export async function LogoChurnSection(props: BaseSectionProps) {
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
      <Table caption={t("retention.logoChurnCaption")}>
        <THead>
          <tr>
            <Th>{t("retention.month")}</Th>
            <DefinedTh id="definition-monthly-customers-at-start" label={t("retention.customersAtStart")} definition={t("retention.customersAtStartDefinition")} t={t} />
            <DefinedTh id="definition-monthly-churned" label={t("retention.churnedCustomers")} definition={t("retention.churnedCustomersDefinition")} t={t} />
            <DefinedTh id="definition-monthly-logo-churn" label={t("retention.logoChurn")} definition={t("retention.logoChurnDefinition")} t={t} />
          </tr>
        </THead>
        <TBody>
          {metrics.movements.map((month, index) => (
            <Tr key={month.month}>
              <Th scope="row">{formatMonth(month.month, locale)}</Th>
              <Td numeric>
                <AccountsLink count={month.customers.starting} href={monthHref("STARTING", month.month)} locale={locale} t={t} />
              </Td>
              <Td numeric>
                <AccountsLink count={month.customers.churned} href={monthHref("CHURN", month.month)} locale={locale} t={t} />
              </Td>
              <Td numeric>{ratioText(metrics.retentionByMonth[index]?.logoChurn ?? null, locale, t)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </RetentionBaseGate>
  );
}
