"use client";

import { LostReason } from "@/generated/prisma/enums";
import { loseDealAction } from "@/lib/actions/moves/deal";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";
import { SelectField } from "./select-field";

export function LoseDealForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return (
    <MoveForm
      action={loseDealAction}
      id={id}
      version={version}
      variant="secondary"
      submit={t("recordDetail.moves.loseSubmit")}
      fields={(errors) => (
        <SelectField
          id="lost-reason"
          name="reason"
          label={t("recordDetail.moves.lostReason")}
          placeholder={t("recordDetail.moves.choose")}
          options={Object.values(LostReason).map((reason) => ({ value: reason, label: t(`recordDetail.lostReason.${reason}`) }))}
          errors={errors.reason}
          required
        />
      )}
    />
  );
}
