import type { Metadata } from "next";
import { Suspense } from "react";
import { BowtieOverviewSection } from "@/components/dashboard/bowtie-overview-section";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { addDays } from "@/lib/metrics/period";
import {
  asOfFor,
  dashboardQueryString,
  parseDashboardFilters,
  resolvePeriod,
  type SearchParamsInput,
} from "@/lib/validation/dashboard-filters";
import { listSegmentOptions } from "./segment-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("dashboard.title") };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The bow-tie overview: leadership's home. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.view");

  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const filters = parseDashboardFilters(params);
  // The one clock read of the page: every figure below is as of this instant.
  const now = new Date();
  const period = resolvePeriod(filters, now);
  const asOf = asOfFor(period, now);
  const query = dashboardQueryString(filters);
  const segments = await listSegmentOptions(locale);

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.subtitle")}
        actions={
          <a href={`/api/dashboard/bowtie.csv${query ? `?${query}` : ""}`} download className={buttonClasses("secondary", "sm", "print:hidden")}>
            {t("bowtie.downloadCsv")}
          </a>
        }
      />
      <DashboardTabs current="bowtie" query={query} />
      <FilterBar filters={filters} segments={segments} periodStart={isoDay(period.start)} periodLastDay={isoDay(addDays(period.end, -1))} today={isoDay(now)} />
      <Suspense key={query} fallback={<Skeleton label={t("common.loading")} className="h-[32rem]" />}>
        <BowtieOverviewSection filters={filters} period={period} asOf={asOf} />
      </Suspense>
    </>
  );
}
