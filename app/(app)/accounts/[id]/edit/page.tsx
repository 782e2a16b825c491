import type { Metadata } from "next";
import { AccountForm } from "@/components/records/forms/account-form";
import { FormPage } from "@/components/records/forms/form-page";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { requireForEdit } from "@/lib/records/forms/edit-values";
import { loadFormOptions } from "@/lib/records/forms/options";
import { recordPath } from "@/lib/records/paths";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("recordForms.edit.ACCOUNT") };
}

export default async function EditAccountPage({ params }: Props) {
  await authorizePage("account.edit");
  const record = await requireForEdit("ACCOUNT", (await params).id);
  const { t, locale } = await getI18n();
  const options = await loadFormOptions(locale, record.ownerId);
  return (
    <FormPage title={t("recordForms.edit.ACCOUNT")} description={t("recordForms.editOf", { name: record.name, version: record.version })}>
      <AccountForm
        defaults={record.defaults}
        options={options}
        opened={{ id: record.id, version: record.version, base: record.base }}
        cancelHref={recordPath("ACCOUNT", record.id)}
      />
    </FormPage>
  );
}
