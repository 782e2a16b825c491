import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { SalesSection } from "@/components/funnel/sales-section";
import { SpeedSlaSection } from "@/components/funnel/speed-sla-section";
import { StageVolumesSection } from "@/components/funnel/stage-volumes-section";
import { TimeInStageSection } from "@/components/funnel/time-in-stage-section";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { addDays } from "@/lib/metrics/period";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import {
  asOfFor,
  dashboardQueryString,
  parseDashboardFilters,
  resolvePeriod,
  toMetricFilters,
  type SearchParamsInput,
} from "@/lib/validation/dashboard-filters";
import { listSegmentOptions } from "../segment-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("funnel.title") };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The funnel: the bow-tie's left side for lead records, from stage volumes to closed deals. */
export default async function FunnelPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.view");

  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const filters = parseDashboardFilters(params);
  // The one clock read of the page: every figure below is as of this instant.
  const now = new Date();
  const period = resolvePeriod(filters, now);
  const asOf = asOfFor(period, now);
  const query = dashboardQueryString(filters);
  const metricFilters = toMetricFilters(filters);

  // Started once and shared: three widgets read the funnel, and each streams in as soon as its data is there.
  const funnel = loadFunnelMetrics(db, { period, filters: metricFilters, asOf, kind: "LEAD" });
  const sales = loadSalesMetrics(db, { period, filters: metricFilters });
  // A rejection surfaces where a widget awaits it; this only keeps an early one from being reported as unhandled.
  funnel.catch(() => undefined);
  sales.catch(() => undefined);

  const segments = await listSegmentOptions(locale);
  const skeleton = (height: string) => <Skeleton label={t("common.loading")} className={height} />;

  return (
    <>
      <PageHeader
        title={t("funnel.title")}
        description={t("funnel.subtitle")}
        actions={
          <a href={`/api/dashboard/funnel.csv${query ? `?${query}` : ""}`} download className={buttonClasses("secondary", "sm", "print:hidden")}>
            {t("funnel.downloadCsv")}
          </a>
        }
      />
      <DashboardTabs current="funnel" query={query} />
      <FilterBar filters={filters} segments={segments} periodStart={isoDay(period.start)} periodLastDay={isoDay(addDays(period.end, -1))} today={isoDay(now)} />
      <div className="flex flex-col gap-6">
        <Suspense key={`volumes-${query}`} fallback={skeleton("h-[28rem]")}>
          <StageVolumesSection funnel={funnel} />
        </Suspense>
        <Suspense key={`sales-${query}`} fallback={skeleton("h-40")}>
          <SalesSection sales={sales} />
        </Suspense>
        <div className="grid gap-6 lg:grid-cols-2">
          <Suspense key={`time-${query}`} fallback={skeleton("h-64")}>
            <TimeInStageSection funnel={funnel} />
          </Suspense>
          <Suspense key={`speed-${query}`} fallback={skeleton("h-64")}>
            <SpeedSlaSection funnel={funnel} />
          </Suspense>
        </div>
      </div>
    </>
  );
}
