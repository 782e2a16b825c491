"use client";

import { winDealAction } from "@/lib/actions/moves/deal";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";

export function WinDealForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return <MoveForm action={winDealAction} id={id} version={version} submit={t("recordDetail.moves.win")} />;
}
