import type { Metadata } from "next";
import { AccountForm } from "@/components/records/forms/account-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { loadFormOptions } from "@/lib/records/forms/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.new.ACCOUNT") };
}

export default async function NewAccountPage() {
  await authorizePage("account.edit");
  const { t, locale } = await getI18n();
  const options = await loadFormOptions(locale);
  return (
    <FormPage title={t("recordForms.new.ACCOUNT")} description={t("recordForms.newDescription")}>
      <AccountForm defaults={{}} options={options} cancelHref="/accounts" />
    </FormPage>
  );
}
