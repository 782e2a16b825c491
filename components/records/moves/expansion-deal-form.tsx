"use client";

import { openExpansionAction } from "@/lib/actions/moves/account";
import { useI18n } from "@/lib/i18n/provider";
import { DealFields } from "./deal-fields";
import { MoveForm } from "./move-form";
import type { Option } from "./select-field";

export function ExpansionDealForm({ id, version, accountName, owners, ownerId }: { id: number; version: number; accountName: string; owners: Option[]; ownerId: number | null }) {
  const { t } = useI18n();
  return (
    <MoveForm
      action={openExpansionAction}
      id={id}
      version={version}
      submit={t("recordDetail.moves.expansionSubmit")}
      fields={(errors) => <DealFields errors={errors} defaultName={`${accountName} – ${t("dealType.EXPANSION")}`} owners={owners} defaultOwnerId={ownerId} />}
    />
  );
}
