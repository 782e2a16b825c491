import type { Metadata } from "next";
import { DEAL_BINDING } from "@/components/deals/deal-list";
import { RecordListPage } from "@/components/records/list/record-list-page";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("deals.title") };
}

export default function DealsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  return <RecordListPage binding={DEAL_BINDING} searchParams={searchParams} />;
}
