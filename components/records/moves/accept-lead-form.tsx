"use client";

import { acceptLeadAction } from "@/lib/actions/moves/lead";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";

export function AcceptLeadForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return <MoveForm action={acceptLeadAction} id={id} version={version} submit={t("recordDetail.moves.accept")} />;
}
