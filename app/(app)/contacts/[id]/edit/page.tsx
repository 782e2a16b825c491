import type { Metadata } from "next";
import { ContactForm } from "@/components/records/forms/contact-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { accountOption } from "@/lib/records/forms/account-search";
import { requireForEdit } from "@/lib/records/forms/edit-values";
import { loadFormOptions } from "@/lib/records/forms/options";
import { recordPath } from "@/lib/records/paths";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.edit.CONTACT") };
}

export default async function EditContactPage({ params }: Props) {
  await authorizePage("contact.edit");
  const record = await requireForEdit("CONTACT", (await params).id);
  const { t, locale } = await getI18n();
  const [options, account] = await Promise.all([loadFormOptions(locale, record.ownerId), accountOption(record.accountId)]);
  return (
    <FormPage title={t("recordForms.edit.CONTACT")} description={t("recordForms.editOf", { name: record.name, version: record.version })}>
      <ContactForm
        defaults={record.defaults}
        options={options}
        opened={{ id: record.id, version: record.version, base: record.base }}
        cancelHref={recordPath("CONTACT", record.id)} account={account}
      />
    </FormPage>
  );
}
