import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { ratioText, REPORTING_CURRENCY } from "@/components/funnel/format";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatDateTime, formatMonth, formatPeriod } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { MoneyCell } from "./money-cell";
import { mrrText } from "./movement-kinds";
import { RetentionCard } from "./retention-card";
import { monthKey } from "./retention-links";

type Customers = "existing" | "new";

/** Where each month's MRR comes from: customers who first paid before the period, and those who first paid in it. */
export async function CustomerAgeSection({
  retention,
  filters,
  query,
}: {
  retention: Promise<RetentionMetrics>;
  filters: DashboardFilters;
  query: string;
}) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const months = metrics.revenueByCustomerAge;
  const asOf = formatDateTime(new Date(metrics.asOf), locale);
  const href = (customers: Customers, month: string) => drillHref("retention-customer-age", { customers, month: monthKey(month) }, filters);
  const empty = !metrics.observed
    ? t("retention.notBegun", { asOf })
    : months.every((month) => month.newCustomers + month.existingCustomers === 0)
      ? t("retention.customerAgeEmpty")
      : null;

  return (
    <RetentionCard
      title={t("retention.customerAgeTitle")}
      description={t("retention.period", { period: formatPeriod(metrics.period, locale), asOf })}
      chart="customer-age"
      query={query}
      t={t}
    >
      {empty ? (
        <EmptyState message={empty} />
      ) : (
        <div className="flex flex-col gap-4 p-5">
          <StackedBarChart
            label={t("retention.customerAgeChartLabel")}
            currency={REPORTING_CURRENCY}
            series={[
              { key: "existing", label: t("retention.existingMrr"), tone: "total" },
              { key: "new", label: t("retention.newMrr"), tone: "new" },
            ]}
            rows={months.map((month) => ({
              key: month.month,
              label: formatMonth(month.month, locale, "short"),
              values: { existing: month.existingMrrMinor, new: month.newMrrMinor },
              hrefs: { existing: href("existing", month.month), new: href("new", month.month) },
            }))}
          />
          <Table caption={t("retention.customerAgeCaption")}>
            <THead>
              <tr>
                <Th>{t("retention.month")}</Th>
                <DefinedTh id="definition-existing-mrr" label={t("retention.existingMrr")} definition={t("retention.existingMrrDefinition")} t={t} />
                <DefinedTh id="definition-new-mrr" label={t("retention.newMrr")} definition={t("retention.newMrrDefinition")} t={t} />
                <DefinedTh id="definition-new-share" label={t("retention.newShare")} definition={t("retention.newShareDefinition")} t={t} />
              </tr>
            </THead>
            <TBody>
              {months.map((month) => (
                <Tr key={month.month}>
                  <Th scope="row">{formatMonth(month.month, locale)}</Th>
                  <MoneyCell amount={mrrText(month.existingMrrMinor, locale)} count={month.existingCustomers} href={href("existing", month.month)} locale={locale} t={t} />
                  <MoneyCell amount={mrrText(month.newMrrMinor, locale)} count={month.newCustomers} href={href("new", month.month)} locale={locale} t={t} />
                  <Td numeric>{ratioText(month.newShare, locale, t)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </RetentionCard>
  );
}
