import { MrrWaterfallChart } from "@/components/charts/mrr-waterfall-chart";
import { REPORTING_CURRENCY } from "@/components/funnel/format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { WaterfallStep } from "@/lib/metrics/mrr-period-bridge";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { AccountsLink } from "./accounts-link";
import { DefinedRowTh } from "./defined-row-th";
import { mrrText, STEP_SIGN, STEP_TONE } from "./movement-kinds";

/** The period's MRR bridge as a waterfall, and the same steps as a table whose account counts open the lists. */
export function MrrWaterfallView({
  steps,
  filters,
  locale,
  t,
}: {
  steps: WaterfallStep[];
  filters: DashboardFilters;
  locale: Locale;
  t: Translate;
}) {
  // A total is a level; a movement is signed by its direction.
  const stepText = (step: WaterfallStep) => mrrText((STEP_SIGN[step.kind] || 1) * step.amountMinor, locale, STEP_SIGN[step.kind] !== 0);
  const hrefOf = (step: WaterfallStep) => drillHref("retention-movement", { movement: step.kind }, filters);
  return (
    <div className="flex flex-col gap-4">
      <MrrWaterfallChart
        label={t("retention.waterfallLabel")}
        currency={REPORTING_CURRENCY}
        bars={steps.map((step) => ({
          key: step.kind,
          label: t(`retention.step.${step.kind}`),
          tone: STEP_TONE[step.kind],
          sign: STEP_SIGN[step.kind],
          fromMinor: step.fromMinor,
          toMinor: step.toMinor,
          amountMinor: step.amountMinor,
          detail: `${stepText(step)} · ${
            step.accounts === 1 ? t("retention.accountsOne") : t("retention.accounts", { count: formatNumber(step.accounts, locale) })
          }`,
          href: hrefOf(step),
        }))}
      />
      <Table caption={t("retention.waterfallCaption")}>
        <THead>
          <tr>
            <Th>{t("retention.step")}</Th>
            <Th numeric>{t("retention.change")}</Th>
            <Th numeric>{t("retention.customers")}</Th>
            <Th numeric>{t("retention.mrrAfter")}</Th>
          </tr>
        </THead>
        <TBody>
          {steps.map((step) => {
            const label = t(`retention.step.${step.kind}`);
            return (
              <Tr key={step.kind}>
                <DefinedRowTh id={`definition-waterfall-${step.kind}`} label={label} definition={t(`retention.stepDefinition.${step.kind}`)} t={t} />
                <Td numeric>{stepText(step)}</Td>
                <Td numeric>
                  <AccountsLink count={step.accounts} href={hrefOf(step)} locale={locale} t={t} />
                </Td>
                <Td numeric>{mrrText(step.toMinor, locale)}</Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
