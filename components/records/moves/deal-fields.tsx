"use client";

import { Field } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/provider";
import type { FieldErrors } from "./move-form";
import { SelectField, type Option } from "./select-field";

/** The new deal's fields, shared by converting a lead and opening an expansion deal. */
export function DealFields({ errors, defaultName, owners, defaultOwnerId }: { errors: FieldErrors; defaultName: string; owners: Option[]; defaultOwnerId: number | null }) {
  const { t } = useI18n();
  return (
    <>
      <Field id="deal-name" name="dealName" label={t("recordDetail.moves.dealName")} defaultValue={defaultName} required errors={errors.dealName} />
      <Field id="deal-amount" name="dealAmountMinor" label={t("recordDetail.moves.dealAmount")} inputMode="decimal" required errors={errors.dealAmountMinor} />
      <Field id="deal-close" name="dealCloseDate" type="date" label={t("recordDetail.moves.dealCloseDate")} required errors={errors.dealCloseDate} />
      <Field id="deal-product" name="dealProductLine" label={t("recordDetail.moves.dealProductLine")} errors={errors.dealProductLine} />
      <SelectField
        id="deal-owner"
        name="dealOwnerId"
        label={t("recordDetail.moves.dealOwner")}
        options={owners}
        defaultValue={defaultOwnerId === null ? "" : String(defaultOwnerId)}
        placeholder={t("common.unassigned")}
        errors={errors.dealOwnerId}
      />
    </>
  );
}
