import type { Metadata } from "next";
import { ContactForm } from "@/components/records/forms/contact-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { accountOption } from "@/lib/records/forms/account-search";
import { loadFormOptions } from "@/lib/records/forms/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.new.CONTACT") };
}

export default async function NewContactPage() {
  await authorizePage("contact.edit");
  const { t, locale } = await getI18n();
  const options = await loadFormOptions(locale);
  return (
    <FormPage title={t("recordForms.new.CONTACT")} description={t("recordForms.newDescription")}>
      <ContactForm defaults={{}} options={options} account={null} cancelHref="/contacts" />
    </FormPage>
  );
}
