import type { Metadata } from "next";
import { DealTable } from "@/components/deals/deal-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { listRecentDeals } from "@/lib/data/deals";
import { RECENT_LIMIT } from "@/lib/data/list-limits";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("deals.title") };
}

export default async function DealsPage() {
  await authorizePage("records.read");

  const [{ t }, deals] = await Promise.all([getI18n(), listRecentDeals()]);
  return (
    <>
      <PageHeader title={t("deals.title")} description={t("common.recentCount", { count: RECENT_LIMIT })} />
      <Card>
        <DealTable deals={deals} />
      </Card>
    </>
  );
}
