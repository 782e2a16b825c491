import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { SalesSection } from "@/components/funnel/sales-section";
import { SpeedSlaSection } from "@/components/funnel/speed-sla-section";
import { StageVolumesSection } from "@/components/funnel/stage-volumes-section";
import { CohortSection } from "@/components/funnel/cohort-section";
import { QualitySection } from "@/components/funnel/quality-section";
import { StaysSection } from "@/components/funnel/stays-section";
import { TimeInStageSection } from "@/components/funnel/time-in-stage-section";
import { TrendSection } from "@/components/funnel/trend-section";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadFunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import { toMetricFilters, type SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { streamed } from "@/lib/streamed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("funnel.title") };
}

/** The funnel: the bow-tie's left side for lead records, from stage volumes to closed deals. */
export default async function FunnelPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.view");

  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(searchParams)]);
  const { period, asOf } = request;
  const metricFilters = toMetricFilters(request.filters);

  // Started once and shared: three widgets read the funnel, and each streams in as soon as its data is there.
  const funnel = streamed(loadFunnelMetrics(db, { period, filters: metricFilters, asOf, kind: "LEAD" }));
  const sales = streamed(loadSalesMetrics(db, { period, filters: metricFilters }));
  const trends = streamed(loadFunnelTrends(db, { period, filters: metricFilters, asOf }));
  const { filters, query } = request;

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;

  return (
    <>
      <DashboardHeader
        tab="funnel"
        title={t("funnel.title")}
        description={t("funnel.subtitle")}
        csvPath="/api/dashboard/funnel.csv"
        csvLabel={t("funnel.downloadCsv")}
        request={request}
        segments={segments}
      />
      <div className="flex flex-col gap-6">
        <Suspense key={`volumes-${request.query}`} fallback={skeleton("h-[28rem]")}>
          <StageVolumesSection funnel={funnel} filters={filters} query={query} />
        </Suspense>
        <Suspense key={`sales-${request.query}`} fallback={skeleton("h-40")}>
          <SalesSection sales={sales} filters={filters} />
        </Suspense>
        <Suspense key={`trend-${request.query}`} fallback={skeleton("h-[32rem]")}>
          <TrendSection trends={trends} filters={filters} query={query} />
        </Suspense>
        <Suspense key={`cohorts-${request.query}`} fallback={skeleton("h-96")}>
          <CohortSection trends={trends} filters={filters} query={query} />
        </Suspense>
        <Suspense key={`quality-${request.query}`} fallback={skeleton("h-80")}>
          <QualitySection trends={trends} filters={filters} query={query} />
        </Suspense>
        <div className="grid gap-6 2xl:grid-cols-2">
          <Suspense key={`time-${request.query}`} fallback={skeleton("h-64")}>
            <TimeInStageSection funnel={funnel} />
          </Suspense>
          <Suspense key={`speed-${request.query}`} fallback={skeleton("h-64")}>
            <SpeedSlaSection funnel={funnel} filters={filters} />
          </Suspense>
        </div>
        <Suspense key={`stays-${request.query}`} fallback={skeleton("h-64")}>
          <StaysSection funnel={funnel} query={query} />
        </Suspense>
      </div>
    </>
  );
}
