import type { Metadata } from "next";
import { DealForm } from "@/components/records/forms/deal-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { accountOption } from "@/lib/records/forms/account-search";
import { loadFormOptions } from "@/lib/records/forms/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.new.DEAL") };
}

export default async function NewDealPage({ searchParams }: { searchParams: Promise<{ account?: string | string[] }> }) {
  await authorizePage("deal.edit");
  const { t, locale } = await getI18n();
  // A deal is usually opened from its account's page, which links here with ?account=ID.
  const { account } = await searchParams;
  const accountId = Number(Array.isArray(account) ? account[0] : account);
  const [options, chosen] = await Promise.all([loadFormOptions(locale), accountOption(Number.isSafeInteger(accountId) && accountId > 0 ? accountId : null)]);
  return (
    <FormPage title={t("recordForms.new.DEAL")} description={t("recordForms.newDescription")}>
      <DealForm defaults={{ currency: "EUR", pipelineStage: "QUALIFICATION" }} options={options} account={chosen} cancelHref="/deals" />
    </FormPage>
  );
}
