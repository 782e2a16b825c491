import type { Metadata } from "next";
import { LeadForm } from "@/components/records/forms/lead-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { loadFormOptions } from "@/lib/records/forms/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.new.LEAD") };
}

export default async function NewLeadPage() {
  await authorizePage("lead.edit");
  const { t, locale } = await getI18n();
  const options = await loadFormOptions(locale);
  return (
    <FormPage title={t("recordForms.new.LEAD")} description={t("recordForms.newDescription")}>
      <LeadForm defaults={{}} options={options} cancelHref="/leads" />
    </FormPage>
  );
}
