"use client";

import { Persona } from "@/generated/prisma/enums";
import { createContactAction, updateContactAction } from "@/lib/actions/records/contact";
import { useI18n } from "@/lib/i18n/provider";
import type { AccountOption } from "@/lib/records/forms/account-search";
import { createContactSchema, updateContactSchema } from "@/lib/validation/records/contact";
import { AccountPicker } from "./account-picker";
import { describeValue, enumOptions, namedOptions } from "./describe-value";
import { SelectInput, TextInput } from "./form-fields";
import type { KindFormProps } from "./kind-form-props";
import { RecordForm } from "./record-form";

export function ContactForm({ defaults, options, opened, cancelHref, account }: KindFormProps & { account: AccountOption | null }) {
  const { t, locale } = useI18n();
  return (
    <RecordForm
      action={opened ? updateContactAction : createContactAction}
      schema={opened ? updateContactSchema : createContactSchema}
      defaults={defaults}
      opened={opened}
      describe={describeValue(t, locale, { ...options, accounts: account ? [account] : [] })}
      submitLabel={opened ? t("recordForms.save") : t("recordForms.create")}
      cancelHref={cancelHref}
    >
      <TextInput name="firstName" required autoComplete="off" />
      <TextInput name="lastName" required autoComplete="off" />
      <TextInput name="email" type="email" autoComplete="off" />
      <TextInput name="phone" type="tel" autoComplete="off" />
      <TextInput name="title" />
      <SelectInput name="persona" options={enumOptions(t, "persona", Object.values(Persona))} />
      <AccountPicker initial={account} />
      <SelectInput name="ownerId" options={namedOptions(options.owners)} />
      <TextInput name="externalId" hint={t("recordForms.hint.externalId")} />
    </RecordForm>
  );
}
