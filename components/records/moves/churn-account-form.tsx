"use client";

import { Field } from "@/components/ui/field";
import { churnAccountAction } from "@/lib/actions/moves/account";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";

export function ChurnAccountForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return (
    <MoveForm
      action={churnAccountAction}
      id={id}
      version={version}
      variant="secondary"
      submit={t("recordDetail.moves.churnSubmit")}
      fields={(errors) => <Field id="churn-reason" name="reason" label={t("recordDetail.moves.churnReason")} maxLength={500} required errors={errors.reason} />}
    />
  );
}
