import type { Metadata } from "next";
import { LeadForm } from "@/components/records/forms/lead-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { requireForEdit } from "@/lib/records/forms/edit-values";
import { loadFormOptions } from "@/lib/records/forms/options";
import { recordPath } from "@/lib/records/paths";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.edit.LEAD") };
}

export default async function EditLeadPage({ params }: Props) {
  await authorizePage("lead.edit");
  const record = await requireForEdit("LEAD", (await params).id);
  const { t, locale } = await getI18n();
  const options = await loadFormOptions(locale, record.ownerId);
  return (
    <FormPage title={t("recordForms.edit.LEAD")} description={t("recordForms.editOf", { name: record.name, version: record.version })}>
      <LeadForm
        defaults={record.defaults}
        options={options}
        opened={{ id: record.id, version: record.version, base: record.base }}
        cancelHref={recordPath("LEAD", record.id)}
      />
    </FormPage>
  );
}
