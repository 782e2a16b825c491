import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Suspense } from "react";
import { DrillList } from "@/components/drill/drill-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ORIGIN_ACTION } from "@/lib/drill/origin";
import { resolveDrill } from "@/lib/drill/resolve";
import { getI18n } from "@/lib/i18n/server";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("drill.title") };
}

/**
 * The records behind a dashboard figure: the drill-down's own parameters plus the dashboard
 * filters select exactly the rows the figure counted; the list pages through them by id.
 */
export default async function DrillDownPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await authorizePage("records.read");
  const input = await searchParams;
  const [{ t }, request] = await Promise.all([getI18n(), readDashboardRequest(Promise.resolve(input))]);
  const { period, asOf, filters } = request;
  const set = resolveDrill(input, { period, asOf, filters: toMetricFilters(filters) });

  if (!set) {
    return (
      <>
        <PageHeader title={t("drill.title")} />
        <Card>
          <EmptyState message={t("drill.invalid")} />
        </Card>
      </>
    );
  }

  // Decided before anything streams, so a refusal answers 403 rather than a 200 page saying so.
  if (!can(user.role, ORIGIN_ACTION[set.origin])) forbidden();

  return (
    <Suspense
      fallback={
        <div className="flex flex-col gap-6">
          <Skeleton label={t("common.loading")} className="h-16 w-2/3" />
          <Skeleton label={t("common.loading")} className="h-[32rem]" />
        </div>
      }
    >
      <DrillList set={set} input={input} request={request} user={user} />
    </Suspense>
  );
}
