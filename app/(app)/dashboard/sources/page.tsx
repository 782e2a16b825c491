import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { AttributionSection } from "@/components/sources/attribution-section";
import { FactorySection } from "@/components/sources/factory-section";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { loadSourceAttribution } from "@/lib/metrics/queries/sources-attribution";
import { loadSourceFactory } from "@/lib/metrics/queries/sources-factory";
import { toMetricFilters, type SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { parseSourcesParams } from "@/lib/validation/sources-params";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { streamed } from "@/lib/streamed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sources.title") };
}

/** Sources, the customer factory: each lead source's raw material through to won deals, and attribution of closed deals. */
export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.view");

  const input = await searchParams;
  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(Promise.resolve(input))]);
  const { period, asOf, filters, query } = request;
  const { model } = parseSourcesParams(input);
  const metricFilters = toMetricFilters(filters);

  // Both started at once; each section streams in when its own query is done.
  const factory = streamed(loadSourceFactory(db, { period, filters: metricFilters, asOf }));
  const attribution = streamed(loadSourceAttribution(db, { period, filters: metricFilters }, model));

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;

  return (
    <>
      <DashboardHeader
        tab="sources"
        title={t("sources.title")}
        description={t("sources.subtitle")}
        csvPath="/api/dashboard/sources.csv"
        csvLabel={t("sources.downloadCsv")}
        request={request}
        segments={segments}
      />
      <div className="flex flex-col gap-6">
        <Suspense key={`factory-${query}`} fallback={skeleton("h-[36rem]")}>
          <FactorySection factory={factory} filters={filters} query={query} />
        </Suspense>
        <Suspense key={`attribution-${query}-${model}`} fallback={skeleton("h-[36rem]")}>
          <AttributionSection attribution={attribution} filters={filters} query={query} />
        </Suspense>
      </div>
    </>
  );
}
