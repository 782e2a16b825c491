import type { Metadata } from "next";
import { Suspense } from "react";
import { BowtieOverviewSection } from "@/components/dashboard/bowtie-overview-section";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { listSegmentOptions } from "@/lib/data/segment-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("dashboard.title") };
}

/** The bow-tie overview: leadership's home. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await authorizePage("dashboard.view");

  const [{ t, locale }, request] = await Promise.all([getI18n(), readDashboardRequest(searchParams)]);
  const segments = await listSegmentOptions(locale);
  return (
    <>
      <DashboardHeader
        tab="bowtie"
        title={t("dashboard.title")}
        description={t("dashboard.subtitle")}
        csvPath="/api/dashboard/bowtie.csv"
        csvLabel={t("bowtie.downloadCsv")}
        request={request}
        segments={segments}
      />
      <Suspense key={request.query} fallback={<Skeleton label={t("common.loading")} className="h-[32rem]" />}>
        <BowtieOverviewSection filters={request.filters} period={request.period} asOf={request.asOf} />
      </Suspense>
    </>
  );
}
