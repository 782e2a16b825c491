import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { CohortSection } from "@/components/retention/cohort-section";
import { CustomerAgeSection } from "@/components/retention/customer-age-section";
import { LogoChurnSection } from "@/components/retention/logo-churn-section";
import { MrrMonthlySection, MrrWaterfallSection } from "@/components/retention/mrr-movements-section";
import { OnboardingSection } from "@/components/retention/onboarding-section";
import { RevenueRetentionSection } from "@/components/retention/revenue-retention-section";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { loadRetentionMetrics } from "@/lib/metrics/queries/retention";
import { toMetricFilters, type SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { parseCohortView } from "@/lib/validation/retention-view";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { streamed } from "@/lib/streamed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("retention.title") };
}

/** Retention: the bow-tie's right side for paying accounts, from MRR movements to time to value. */
export default async function RetentionPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.revenue");

  const input = await searchParams;
  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(Promise.resolve(input))]);
  const { period, asOf, filters, query } = request;
  const view = parseCohortView(input);

  // One load for every section; each streams in as soon as the figures are there.
  const retention = streamed(loadRetentionMetrics(db, { period, filters: toMetricFilters(filters), asOf }));

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;
  const props = { retention, filters, query };

  return (
    <>
      <DashboardHeader
        tab="retention"
        title={t("retention.title")}
        description={t("retention.subtitle")}
        csvPath="/api/dashboard/retention.csv"
        csvLabel={t("retention.downloadCsv")}
        request={request}
        segments={segments}
      />
      <div className="flex flex-col gap-6">
        <Suspense key={`waterfall-${query}`} fallback={skeleton("h-[36rem]")}>
          <MrrWaterfallSection {...props} />
        </Suspense>
        <Suspense key={`monthly-${query}`} fallback={skeleton("h-[32rem]")}>
          <MrrMonthlySection {...props} />
        </Suspense>
        <Suspense key={`retention-${query}`} fallback={skeleton("h-[40rem]")}>
          <RevenueRetentionSection {...props} />
        </Suspense>
        <Suspense key={`logo-churn-${query}`} fallback={skeleton("h-[32rem]")}>
          <LogoChurnSection {...props} />
        </Suspense>
        <Suspense key={`cohorts-${query}-${view}`} fallback={skeleton("h-96")}>
          <CohortSection {...props} view={view} />
        </Suspense>
        <div className="grid gap-6 xl:grid-cols-2 print:grid-cols-1">
          <Suspense key={`onboarding-${query}`} fallback={skeleton("h-[36rem]")}>
            <OnboardingSection {...props} />
          </Suspense>
          <Suspense key={`customer-age-${query}`} fallback={skeleton("h-[36rem]")}>
            <CustomerAgeSection {...props} />
          </Suspense>
        </div>
      </div>
    </>
  );
}
