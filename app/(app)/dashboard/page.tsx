import type { Metadata } from "next";
import { Suspense } from "react";
import { StageOverview } from "@/components/dashboard/stage-overview";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("dashboard.title") };
}

export default async function DashboardPage() {
  await authorizePage("dashboard.view");

  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("dashboard.title")} description={t("dashboard.subtitle")} />
      <Suspense fallback={<Skeleton label={t("common.loading")} className="h-[32rem]" />}>
        <StageOverview />
      </Suspense>
    </>
  );
}
