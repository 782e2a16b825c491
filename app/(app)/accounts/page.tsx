import type { Metadata } from "next";
import { ACCOUNT_BINDING } from "@/components/accounts/account-list";
import { RecordListPage } from "@/components/records/list/record-list-page";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("accounts.title") };
}

export default function AccountsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  return <RecordListPage binding={ACCOUNT_BINDING} searchParams={searchParams} />;
}
