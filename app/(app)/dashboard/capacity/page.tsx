import type { Metadata } from "next";
import { Suspense } from "react";
import { CapacityChainSection } from "@/components/capacity/capacity-chain-section";
import { HourglassSection } from "@/components/capacity/hourglass-section";
import { KindSwitch } from "@/components/capacity/kind-switch";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { loadCapacityMetrics } from "@/lib/metrics/queries/capacity";
import { loadDealOutcomes } from "@/lib/metrics/queries/capacity-deals";
import { capacityKindQuery, parseCapacityKind } from "@/lib/validation/capacity-view";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { scenarioQueryOf } from "@/lib/validation/hourglass-scenario";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { streamed } from "@/lib/streamed";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("capacity.title") };
}

/** Capacity and bottlenecks: each stage's inflow against its owning teams' capacity, and the hourglass what-if. */
export default async function CapacityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await authorizePage("dashboard.view");

  const input = await searchParams;
  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(Promise.resolve(input))]);
  const { period } = request;
  const filters = toMetricFilters(request.filters);
  const kind = parseCapacityKind(input);
  // What the sections depend on: the filters and the kind, never the scenario, which only the sliders change.
  const view = [request.query, capacityKindQuery(kind)].filter(Boolean).join("&");

  // Started once and shared: both sections read the chain, and each streams in as soon as its data is there.
  const capacity = streamed(loadCapacityMetrics(db, { period, filters, kind }));
  const deals = streamed(loadDealOutcomes(db, { period, filters }));

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;

  return (
    <>
      <DashboardHeader
        tab="capacity"
        title={t("capacity.title")}
        description={t("capacity.subtitle")}
        csvPath="/api/dashboard/capacity.csv"
        csvLabel={t("capacity.downloadCsv")}
        request={request}
        segments={segments}
      />
      <KindSwitch kind={kind} filtersQuery={request.query} scenarioQuery={scenarioQueryOf(input)} />
      <div className="flex flex-col gap-6">
        <Suspense key={`chain-${view}`} fallback={skeleton("h-[36rem]")}>
          <CapacityChainSection capacity={capacity} filters={request.filters} asOf={request.asOf} />
        </Suspense>
        {/* Keyed by the view only: moving a slider rewrites the scenario in the URL, and that must not remount the sliders. */}
        <Suspense key={`hourglass-${view}`} fallback={skeleton("h-[28rem]")}>
          <HourglassSection capacity={capacity} deals={deals} kind={kind} scenarioParams={input} filters={request.filters} baseQuery={view} />
        </Suspense>
      </div>
    </>
  );
}
