import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { RetentionChart } from "@/lib/validation/retention-view";
import { MrrMonthlyView } from "./mrr-monthly-view";
import { MrrWaterfallView } from "./mrr-waterfall-view";
import { RetentionCard } from "./retention-card";
import { asOfText, hasRevenue, periodText, type RetentionSectionProps } from "./retention-data";
type View = (metrics: RetentionMetrics, locale: Locale, t: Translate) => ReactNode;

/** An MRR section: the period it covers, and its view, or what is missing when no revenue is there to show. */
async function MrrSection({ retention, query, title, chart, view }: RetentionSectionProps & { title: (t: Translate) => string; chart: RetentionChart; view: View }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const empty = !metrics.observed
    ? t("retention.notBegun", { asOf: asOfText(metrics, locale) })
    : !hasRevenue(metrics)
      ? t("retention.movementsEmpty")
      : null;
  return (
    <RetentionCard title={title(t)} description={periodText(metrics, locale, t)} chart={chart} query={query} empty={empty} t={t}>
      <div className="p-5">{view(metrics, locale, t)}</div>
    </RetentionCard>
  );
}

/** How MRR got from the start of the period to its end, as a waterfall. */
export function MrrWaterfallSection(props: RetentionSectionProps) {
  return (
    <MrrSection
      {...props}
      title={(t) => t("retention.movementsTitle")}
      chart="waterfall"
      view={(metrics, locale, t) => <MrrWaterfallView steps={metrics.waterfall} filters={props.filters} locale={locale} t={t} />}
    />
  );
}

/** Each month's MRR bridge. */
export function MrrMonthlySection(props: RetentionSectionProps) {
  return (
    <MrrSection
      {...props}
      title={(t) => t("retention.monthlyCaption")}
      chart="movements"
      view={(metrics, locale, t) => <MrrMonthlyView months={metrics.movements} filters={props.filters} locale={locale} t={t} />}
    />
  );
}
