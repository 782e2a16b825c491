import type { Metadata } from "next";
import { CONTACT_BINDING } from "@/components/contacts/contact-list";
import { RecordListPage } from "@/components/records/list/record-list-page";
import { getI18n } from "@/lib/i18n/server";
import type { SearchParamsInput } from "@/lib/validation/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("contacts.title") };
}

export default function ContactsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  return <RecordListPage binding={CONTACT_BINDING} searchParams={searchParams} />;
}
