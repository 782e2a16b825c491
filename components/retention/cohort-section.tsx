import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { getI18n } from "@/lib/i18n/server";
import { COHORT_VIEWS, type CohortView } from "@/lib/validation/retention-view";
import { CohortHeatmap } from "./cohort-heatmap";
import { RetentionCard } from "./retention-card";
import { asOfText, type RetentionSectionProps } from "./retention-data";
import { cohortViewHref } from "./retention-links";

/** How the customers who started paying in each month of the period kept paying, as a heatmap. */
export async function CohortSection({ retention, filters, query, view }: RetentionSectionProps & { view: CohortView }) {
  const [{ t, locale }, metrics] = await Promise.all([getI18n(), retention]);
  const cohorts = metrics.cohorts;

  return (
    <RetentionCard
      title={t("retention.cohortsTitle")}
      description={t("retention.cohortsDescription", { asOf: asOfText(metrics, locale) })}
      chart="cohorts"
      query={query}
      empty={cohorts.every((cohort) => cohort.customers === 0) ? t("retention.cohortsEmpty") : null}
      t={t}
    >
      <div className="flex flex-col gap-4 p-5">
        <nav aria-label={t("retention.cohortView")} className="flex items-center gap-2 text-sm print:hidden">
          <span className="text-muted-foreground">{t("retention.cohortView")}:</span>
          {COHORT_VIEWS.map((option) => (
            <Link
              key={option}
              href={cohortViewHref(query, option)}
              scroll={false}
              aria-current={option === view ? "true" : undefined}
              className={cx(
                "rounded-md border px-2 py-1",
                option === view ? "border-primary bg-primary-soft text-primary" : "border-border text-muted-foreground hover:text-foreground",
              )}
            >
              {t(`retention.cohortView.${option}`)}
            </Link>
          ))}
        </nav>
        <p className="hidden text-sm print:block">{t(`retention.cohortView.${view}`)}</p>
        <CohortHeatmap cohorts={cohorts} view={view} filters={filters} locale={locale} t={t} />
      </div>
    </RetentionCard>
  );
}
