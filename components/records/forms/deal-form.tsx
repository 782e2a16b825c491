"use client";

import { DealType, LeadSource, PipelineStage } from "@/generated/prisma/enums";
import { createDealAction, updateDealAction } from "@/lib/actions/records/deal";
import { useI18n } from "@/lib/i18n/provider";
import type { AccountOption } from "@/lib/records/forms/account-search";
import { createDealSchema, updateDealSchema } from "@/lib/validation/records/deal";
import { AccountPicker } from "./account-picker";
import { describeValue, enumOptions, namedOptions } from "./describe-value";
import { SelectInput, TextInput } from "./form-fields";
import type { KindFormProps } from "./kind-form-props";
import { RecordForm } from "./record-form";

// CLOSED is set by winning or losing a deal, never chosen in the form.
const OPEN_PIPELINE_STAGES = Object.values(PipelineStage).filter((stage) => stage !== "CLOSED");

type Props = KindFormProps & { account: AccountOption | null; closed?: boolean };

export function DealForm({ defaults, options, opened, cancelHref, account, closed }: Props) {
  const { t, locale } = useI18n();
  return (
    <RecordForm
      action={opened ? updateDealAction : createDealAction}
      schema={opened ? updateDealSchema : createDealSchema}
      defaults={defaults}
      opened={opened}
      describe={describeValue(t, locale, { ...options, accounts: account ? [account] : [] })}
      submitLabel={opened ? t("recordForms.save") : t("recordForms.create")}
      cancelHref={cancelHref}
    >
      <TextInput name="name" required autoComplete="off" />
      <AccountPicker initial={account} required />
      {/* The type decided where the deal entered the bow-tie, so it is chosen once. */}
      {!opened && <SelectInput name="type" required options={enumOptions(t, "type", Object.values(DealType))} />}
      <TextInput name="amountMinor" required inputMode="decimal" hint={t("recordForms.hint.amountMinor")} />
      <TextInput name="currency" maxLength={3} />
      <TextInput name="closeDate" required type="date" />
      {closed ? (
        <SelectInput name="pipelineStage" options={enumOptions(t, "pipelineStage", ["CLOSED"])} disabled hint={t("recordForms.hint.closedStage")} />
      ) : (
        <SelectInput name="pipelineStage" options={enumOptions(t, "pipelineStage", OPEN_PIPELINE_STAGES)} />
      )}
      <TextInput name="productLine" />
      <SelectInput name="source" options={enumOptions(t, "source", Object.values(LeadSource))} />
      <SelectInput name="ownerId" options={namedOptions(options.owners)} />
      <TextInput name="externalId" hint={t("recordForms.hint.externalId")} />
    </RecordForm>
  );
}
