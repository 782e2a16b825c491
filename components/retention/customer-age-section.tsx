import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { ratioText, REPORTING_CURRENCY } from "@/components/funnel/format";
import { Td } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import type { CUSTOMER_AGES } from "@/lib/drill/retention";
import { formatMonth } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { MoneyCell } from "./money-cell";
import { mrrText } from "./movement-kinds";
import { MonthTable } from "./month-table";
import { RetentionCard } from "./retention-card";
import { asOfText, periodText, type RetentionSectionProps } from "./retention-data";

type Customers = (typeof CUSTOMER_AGES)[number];

/** Where each month's MRR comes from: customers who first paid before the period, and those who first paid in it. */
export async function CustomerAgeSection({ retention, filters, query }: RetentionSectionProps) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const months = metrics.revenueByCustomerAge;
  const href = (customers: Customers, month: string) => drillHref("retention-customer-age", { customers, month: monthKey(month) }, filters);
  const empty = !metrics.observed
    ? t("retention.notBegun", { asOf: asOfText(metrics, locale) })
    : months.every((month) => month.newCustomers + month.existingCustomers === 0)
      ? t("retention.customerAgeEmpty")
      : null;

  return (
    <RetentionCard
      title={t("retention.customerAgeTitle")}
      description={periodText(metrics, locale, t)}
      chart="customer-age"
      query={query}
      empty={empty}
      t={t}
    >
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
        <MonthTable
          caption={t("retention.customerAgeCaption")}
          columns={[
            { id: "existing-mrr", label: t("retention.existingMrr"), definition: t("retention.existingMrrDefinition") },
            { id: "new-mrr", label: t("retention.newMrr"), definition: t("retention.newMrrDefinition") },
            { id: "new-share", label: t("retention.newShare"), definition: t("retention.newShareDefinition") },
          ]}
          months={months}
          cells={(month) => (
            <>
              <MoneyCell amount={mrrText(month.existingMrrMinor, locale)} count={month.existingCustomers} href={href("existing", month.month)} locale={locale} t={t} />
              <MoneyCell amount={mrrText(month.newMrrMinor, locale)} count={month.newCustomers} href={href("new", month.month)} locale={locale} t={t} />
              <Td numeric>{ratioText(month.newShare, locale, t)}</Td>
            </>
          )}
          locale={locale}
          t={t}
        />
      </div>
    </RetentionCard>
  );
}
