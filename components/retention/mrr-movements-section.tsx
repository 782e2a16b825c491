import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import type { RetentionChart } from "@/lib/validation/retention-view";
import { MrrMonthlyView } from "./mrr-monthly-view";
import { MrrWaterfallView } from "./mrr-waterfall-view";
import { RetentionCard } from "./retention-card";
import { hasRevenue } from "./retention-data";

type SectionProps = { retention: Promise<RetentionMetrics>; filters: DashboardFilters; query: string };
type View = (metrics: RetentionMetrics, locale: Locale, t: Translate) => ReactNode;

/** An MRR section: the period it covers, and its view, or what is missing when no revenue is there to show. */
async function MrrSection({ retention, query, title, chart, view }: SectionProps & { title: (t: Translate) => string; chart: RetentionChart; view: View }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const asOf = formatDateTime(new Date(metrics.asOf), locale);
  return (
    <RetentionCard title={title(t)} description={t("retention.period", { period: formatPeriod(metrics.period, locale), asOf })} chart={chart} query={query} t={t}>
      {!metrics.observed ? (
        <EmptyState message={t("retention.notBegun", { asOf })} />
      ) : !hasRevenue(metrics) ? (
        <EmptyState message={t("retention.movementsEmpty")} />
      ) : (
        <div className="p-5">{view(metrics, locale, t)}</div>
      )}
    </RetentionCard>
  );
}

/** How MRR got from the start of the period to its end, as a waterfall. */
export function MrrWaterfallSection(props: SectionProps) {
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
export function MrrMonthlySection(props: SectionProps) {
  return (
    <MrrSection
      {...props}
      title={(t) => t("retention.monthlyCaption")}
      chart="movements"
      view={(metrics, locale, t) => <MrrMonthlyView months={metrics.movements} filters={props.filters} locale={locale} t={t} />}
    />
  );
}
