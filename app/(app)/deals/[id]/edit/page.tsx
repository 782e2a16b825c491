import type { Metadata } from "next";
import { DealForm } from "@/components/records/forms/deal-form";
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
  return { title: t("recordForms.edit.DEAL") };
}

export default async function EditDealPage({ params }: Props) {
  await authorizePage("deal.edit");
  const record = await requireForEdit("DEAL", (await params).id);
  const { t, locale } = await getI18n();
  const [options, account] = await Promise.all([loadFormOptions(locale, record.ownerId), accountOption(record.accountId)]);
  return (
    <FormPage title={t("recordForms.edit.DEAL")} description={t("recordForms.editOf", { name: record.name, version: record.version })}>
      <DealForm
        defaults={record.defaults}
        options={options}
        opened={{ id: record.id, version: record.version, base: record.base }}
        cancelHref={recordPath("DEAL", record.id)} account={account} closed={record.closed}
      />
    </FormPage>
  );
}
