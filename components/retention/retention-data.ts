import { formatDateTime, formatPeriod } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";

/** What every retention section gets from the page: the one load of its figures, the filters for its links and the query for its CSV. */
export type RetentionSectionProps = { retention: Promise<RetentionMetrics>; filters: DashboardFilters; query: string };

/** Whether any account paid in the covered months or the month before them: else the MRR sections have nothing to show. */
export function hasRevenue(metrics: RetentionMetrics): boolean {
  const bridge = metrics.periodBridge;
  return bridge !== null && bridge.customers.starting + bridge.customers.new + bridge.customers.reactivated > 0;
}

/** The as-of instant as the page shows it. */
export function asOfText(metrics: RetentionMetrics, locale: Locale): string {
  return formatDateTime(new Date(metrics.asOf), locale);
}

/** "The period. Figures as of …": what a section's figures cover. */
export function periodText(metrics: RetentionMetrics, locale: Locale, t: Translate): string {
  return t("retention.period", { period: formatPeriod(metrics.period, locale), asOf: asOfText(metrics, locale) });
}
