"use client";

import { RejectionReason } from "@/generated/prisma/enums";
import { rejectLeadAction } from "@/lib/actions/moves/lead";
import { TextAreaField } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";
import { SelectField } from "./select-field";

/** Sales sends a marketing-qualified lead back with a reason: the feedback marketing learns from. */
export function RejectLeadForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return (
    <MoveForm
      action={rejectLeadAction}
      id={id}
      version={version}
      variant="secondary"
      submit={t("recordDetail.moves.rejectSubmit")}
      fields={(errors) => (
        <>
          <SelectField
            id="reject-reason"
            name="reason"
            label={t("recordDetail.moves.rejectReason")}
            placeholder={t("recordDetail.moves.choose")}
            options={Object.values(RejectionReason).map((reason) => ({ value: reason, label: t(`rejectionReason.${reason}`) }))}
            errors={errors.reason}
            required
          />
          <TextAreaField id="reject-note" name="note" rows={2} maxLength={1000} label={t("recordDetail.moves.rejectNote")} errors={errors.note} />
        </>
      )}
    />
  );
}
