import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { DefinedTh } from "@/components/funnel/defined-th";
import { hoursText } from "@/components/funnel/format";
import { MetricTile } from "@/components/funnel/metric-tile";
import { InfoTip } from "@/components/ui/info-tip";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import type { ONBOARDING_OUTCOMES } from "@/lib/drill/retention";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { AccountsLink } from "./accounts-link";
import { RetentionCard } from "./retention-card";
import { periodText, type RetentionSectionProps } from "./retention-data";

type Outcome = (typeof ONBOARDING_OUTCOMES)[number];

/** How long customers who bought in the period took to reach value: median, 75th percentile and the day histogram. */
export async function OnboardingSection({ retention, filters, query }: RetentionSectionProps) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const ttv = metrics.timeToValue;
  const href = (outcome: Outcome, day?: number) => drillHref("retention-onboarding", { outcome, day }, filters);
  // A quantile the stays have not reached yet is longer than anything seen, not unknown.
  const quantile = (hours: number | null) => (hours === null ? t("retention.ttvNotReached") : hoursText(hours, locale, t));
  const lastDay = ttv.histogram.at(-1)?.days ?? 0;
  const byDay = new Map(ttv.histogram.map((day) => [day.days, day]));

  return (
    <RetentionCard
      title={t("retention.onboardingTitle")}
      description={periodText(metrics, locale, t)}
      chart="onboarding"
      query={query}
      empty={ttv.accounts === 0 ? t("retention.onboardingEmpty") : null}
      t={t}
    >
      <div className="flex flex-col gap-4 p-5">
        <dl className="grid gap-3 sm:grid-cols-2">
          <MetricTile id="definition-ttv-median" label={t("retention.ttvMedian")} definition={t("retention.ttvMedianDefinition")} value={quantile(ttv.medianHours)} t={t} />
          <MetricTile id="definition-ttv-p75" label={t("retention.ttvP75")} definition={t("retention.ttvP75Definition")} value={quantile(ttv.p75Hours)} t={t} />
        </dl>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="inline-flex items-center gap-1">
            <InfoTip id="definition-onboarding-accounts" label={t("common.definitionOf", { term: t("retention.onboardingAccounts") })} text={t("retention.onboardingAccountsDefinition")} />
            {t("retention.onboardingAccounts")}: <AccountsLink count={ttv.accounts} href={href("all")} locale={locale} t={t} />
          </span>
          <span>
            {t("retention.reached")}: <AccountsLink count={ttv.reachedAccounts} href={href("reached")} locale={locale} t={t} />
          </span>
          <span>
            {t("retention.notReached")}: <AccountsLink count={ttv.notReachedAccounts} href={href("notReached")} locale={locale} t={t} />
          </span>
        </p>
        <StackedBarChart
          label={t("retention.histogramLabel")}
          series={[
            { key: "reached", label: t("retention.reached"), tone: "new" },
            { key: "notReached", label: t("retention.notReached"), tone: "contraction", hatched: true },
          ]}
          rows={Array.from({ length: lastDay + 1 }, (_, days) => {
            const day = byDay.get(days);
            return {
              key: String(days),
              label: formatNumber(days, locale),
              values: { reached: day?.reachedAccounts ?? 0, notReached: day?.notReachedAccounts ?? 0 },
              hrefs: { reached: href("reached", days), notReached: href("notReached", days) },
            };
          })}
        />
        <div className="max-h-80 overflow-y-auto print:max-h-none print:overflow-visible">
          <Table caption={t("retention.histogramCaption")}>
            <THead>
              <tr>
                <Th>{t("retention.days")}</Th>
                <DefinedTh id="definition-day-reached" label={t("retention.reached")} definition={t("retention.reachedDefinition")} t={t} />
                <DefinedTh id="definition-day-not-reached" label={t("retention.notReached")} definition={t("retention.notReachedDefinition")} t={t} />
              </tr>
            </THead>
            <TBody>
              {ttv.histogram.map((day) => (
                <Tr key={day.days}>
                  <Th scope="row">{t("retention.daysValue", { days: formatNumber(day.days, locale) })}</Th>
                  <Td numeric>
                    <AccountsLink count={day.reachedAccounts} href={href("reached", day.days)} locale={locale} t={t} />
                  </Td>
                  <Td numeric>
                    <AccountsLink count={day.notReachedAccounts} href={href("notReached", day.days)} locale={locale} t={t} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      </div>
    </RetentionCard>
  );
}
