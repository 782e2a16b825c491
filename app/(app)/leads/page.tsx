import type { Metadata } from "next";
import { LEAD_BINDING } from "@/components/leads/lead-list";
import { RecordListPage } from "@/components/records/list/record-list-page";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("leads.title") };
}

export default function LeadsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  return <RecordListPage binding={LEAD_BINDING} searchParams={searchParams} />;
}
