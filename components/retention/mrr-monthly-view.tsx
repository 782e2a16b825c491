import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { REPORTING_CURRENCY } from "@/components/funnel/format";
import { Td } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { monthKey } from "@/lib/drill/params";
import { formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { AMOUNT_FIELD, COUNT_FIELD } from "@/lib/metrics/mrr-movements";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { MoneyCell } from "./money-cell";
import { MonthTable } from "./month-table";
import { MOVEMENTS, mrrText, STEP_SIGN, STEP_TONE, type StepKind } from "./movement-kinds";

type Month = RetentionMetrics["movements"][number];

/** Each month's MRR bridge as bars of its movements (increases up, decreases down) and as a table. */
export function MrrMonthlyView({ months, filters, locale, t }: { months: Month[]; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const href = (movement: StepKind, month: Month) => drillHref("retention-movement", { movement, month: monthKey(month.month) }, filters);
  const column = (kind: StepKind) => ({ id: `monthly-${kind}`, label: t(`retention.step.${kind}`), definition: t(`retention.stepDefinition.${kind}`) });

  return (
    <div className="flex flex-col gap-4">
      <StackedBarChart
        label={t("retention.monthlyChartLabel")}
        currency={REPORTING_CURRENCY}
        series={MOVEMENTS.map((kind) => ({
          key: kind,
          label: t(`retention.step.${kind}`),
          tone: STEP_TONE[kind],
          hatched: STEP_SIGN[kind] < 0,
        }))}
        rows={months.map((month) => ({
          key: month.month,
          label: formatMonth(month.month, locale, "short"),
          values: Object.fromEntries(MOVEMENTS.map((kind) => [kind, STEP_SIGN[kind] * month[AMOUNT_FIELD[kind]]])),
          hrefs: Object.fromEntries(MOVEMENTS.map((kind) => [kind, href(kind, month)])),
        }))}
      />
      {/* Nine columns of money: narrower padding keeps them on one screen and one sheet of paper. */}
      <div className="[&_td]:px-2 [&_th]:px-2">
        <MonthTable
          caption={t("retention.monthlyCaption")}
          columns={[
            column("STARTING"),
            ...MOVEMENTS.map(column),
            { id: "monthly-net-new", label: t("retention.netNew"), definition: t("retention.netNewDefinition") },
            column("ENDING"),
          ]}
          months={months}
          cells={(month) => (
            <>
              <MoneyCell amount={mrrText(month.startingMrrMinor, locale)} count={month.customers.starting} href={href("STARTING", month)} locale={locale} t={t} />
              {MOVEMENTS.map((kind) => (
                <MoneyCell
                  key={kind}
                  amount={mrrText(STEP_SIGN[kind] * month[AMOUNT_FIELD[kind]], locale, true)}
                  count={month.customers[COUNT_FIELD[kind]]}
                  href={href(kind, month)}
                  locale={locale}
                  t={t}
                />
              ))}
              <Td numeric className="whitespace-nowrap">
                {mrrText(month.netNewMinor, locale, true)}
              </Td>
              <MoneyCell amount={mrrText(month.endingMrrMinor, locale)} count={month.customers.ending} href={href("ENDING", month)} locale={locale} t={t} />
            </>
          )}
          locale={locale}
          t={t}
        />
      </div>
    </div>
  );
}
