import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { RetentionChart } from "@/lib/validation/retention-view";
import { RetentionCard } from "./retention-card";
import { asOfText, periodText } from "./retention-data";

/**
 * A section measured over the customers paying at the start of the period: its content, or
 * what is missing when the period has not begun or nobody was paying at its start.
 */
export function RetentionBaseGate({
  metrics,
  query,
  title,
  chart,
  locale,
  t,
  children,
}: {
  metrics: RetentionMetrics;
  query: string;
  title: string;
  chart: RetentionChart;
  locale: Locale;
  t: Translate;
  children: ReactNode;
}) {
  const empty = !metrics.observed
    ? t("retention.notBegun", { asOf: asOfText(metrics, locale) })
    : metrics.retention.base.customersAtStart === 0
      ? t("retention.retentionEmpty")
      : null;
  return (
    <RetentionCard title={title} description={periodText(metrics, locale, t)} chart={chart} query={query} empty={empty} t={t}>
      <div className="flex flex-col gap-4 p-5">{children}</div>
    </RetentionCard>
  );
}
