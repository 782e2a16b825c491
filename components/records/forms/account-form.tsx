"use client";

import { CustomerTier } from "@/generated/prisma/enums";
import { createAccountAction, updateAccountAction } from "@/lib/actions/records/account";
import { useI18n } from "@/lib/i18n/provider";
import { createAccountSchema, updateAccountSchema } from "@/lib/validation/records/account";
import { describeValue, enumOptions, namedOptions } from "./describe-value";
import { CheckboxInput, SelectInput, TextInput } from "./form-fields";
import type { KindFormProps } from "./kind-form-props";
import { RecordForm } from "./record-form";

export function AccountForm({ defaults, options, opened, cancelHref }: KindFormProps) {
  const { t, locale } = useI18n();
  return (
    <RecordForm
      action={opened ? updateAccountAction : createAccountAction}
      schema={opened ? updateAccountSchema : createAccountSchema}
      defaults={defaults}
      opened={opened}
      describe={describeValue(t, locale, options)}
      submitLabel={opened ? t("recordForms.save") : t("recordForms.create")}
      cancelHref={cancelHref}
    >
      <TextInput name="name" required autoComplete="off" />
      <TextInput name="domain" autoComplete="off" />
      <TextInput name="industry" required />
      <TextInput name="country" required maxLength={2} />
      <TextInput name="employees" inputMode="numeric" />
      <SelectInput name="segmentId" options={namedOptions(options.segments)} />
      <SelectInput name="tier" options={enumOptions(t, "tier", Object.values(CustomerTier))} />
      <SelectInput name="ownerId" options={namedOptions(options.owners)} />
      <CheckboxInput name="frameworkAgreement" />
      <TextInput name="expectedOrderIntervalDays" inputMode="numeric" />
      <TextInput name="externalId" hint={t("recordForms.hint.externalId")} />
    </RecordForm>
  );
}
