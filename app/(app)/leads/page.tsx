import type { Metadata } from "next";
import { LeadTable } from "@/components/leads/lead-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { listRecentLeads } from "@/lib/data/leads";
import { RECENT_LIMIT } from "@/lib/data/list-limits";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("leads.title") };
}

export default async function LeadsPage() {
  await authorizePage("records.read");

  const [{ t }, leads] = await Promise.all([getI18n(), listRecentLeads()]);
  return (
    <>
      <PageHeader title={t("leads.title")} description={t("common.recentCount", { count: RECENT_LIMIT })} />
      <Card>
        <LeadTable leads={leads} />
      </Card>
    </>
  );
}
