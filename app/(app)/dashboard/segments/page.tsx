import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { EconomicsSection } from "@/components/segments/economics-section";
import { InputsSection } from "@/components/segments/inputs-section";
import { SalesModelSection } from "@/components/segments/sales-model-section";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { loadSegmentEconomics } from "@/lib/metrics/queries/economics";
import { loadSalesModel } from "@/lib/metrics/queries/sales-model";
import { toMetricFilters, type SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { streamed } from "@/lib/streamed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("segments.title") };
}

/** Segments: each segment's sales model and unit economics (CAC, LTV, payback, deal size, cycle). */
export default async function SegmentsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.economics");

  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(searchParams)]);
  const { period, asOf } = request;
  const filters = toMetricFilters(request.filters);

  // Started once and shared: two sections read the economics, and each streams in as soon as its data is there.
  const economics = streamed(loadSegmentEconomics(db, { period, filters, asOf }));
  const model = streamed(loadSalesModel(db, { period, filters }));

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;

  return (
    <>
      <DashboardHeader
        tab="segments"
        title={t("segments.title")}
        description={t("segments.subtitle")}
        csvPath="/api/dashboard/segments.csv"
        csvLabel={t("segments.downloadCsv")}
        request={request}
        segments={segments}
      />
      <div className="flex flex-col gap-6">
        <Suspense key={`model-${request.query}`} fallback={skeleton("h-80")}>
          <SalesModelSection model={model} segments={segments} request={request} />
        </Suspense>
        <Suspense key={`economics-${request.query}`} fallback={skeleton("h-[32rem]")}>
          <EconomicsSection economics={economics} segments={segments} request={request} />
        </Suspense>
        <Suspense key={`inputs-${request.query}`} fallback={skeleton("h-96")}>
          <InputsSection economics={economics} segments={segments} request={request} />
        </Suspense>
      </div>
    </>
  );
}
