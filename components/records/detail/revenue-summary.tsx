import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney, formatMonth, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MoneyByCurrency, RevenueSummary as Summary } from "@/lib/records/related";
import { FieldList } from "./field-list";

/** An account's business with us: won and open deal value, deals lost, and its latest recurring revenue. */
export async function RevenueSummary({ revenue }: { revenue: Summary }) {
  const { t, locale } = await getI18n();
  const money = (groups: MoneyByCurrency) =>
    groups.length === 0
      ? t("common.none")
      : groups.map((group) => t("recordDetail.revenue.inDeals", { amount: formatMoney(group.amountMinor, group.currency, locale, 0), count: group.count })).join("; ");
  const mrr = revenue.latestMrr;
  return (
    <Card>
      <CardHeader title={t("recordDetail.revenue.title")} />
      <FieldList
        items={[
          { label: t("recordDetail.revenue.won"), value: money(revenue.won) },
          { label: t("recordDetail.revenue.open"), value: money(revenue.open) },
          { label: t("recordDetail.revenue.lost"), value: formatNumber(revenue.lostCount, locale) },
          mrr
            ? { label: t("recordDetail.revenue.mrr", { month: formatMonth(mrr.month, locale, "long") }), value: formatMoney(mrr.mrrMinor, mrr.currency, locale) }
            : { label: t("recordDetail.revenue.mrrLabel"), value: t("recordDetail.revenue.noMrr") },
        ]}
      />
    </Card>
  );
}
