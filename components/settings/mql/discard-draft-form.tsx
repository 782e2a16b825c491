"use client";

import { MoveDisclosure } from "@/components/records/moves/move-disclosure";
import { useSubmitAction } from "@/components/records/views/use-submit-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { discardMqlDraftAction } from "@/lib/mql/actions/drafts";

/** Throws a draft away after a second, explicit click. */
export function DiscardDraftForm({ id, base, version }: { id: number; base: string; version: number }) {
  const { t } = useI18n();
  const [result, onSubmit, pending] = useSubmitAction<ActionResult<never> | null>(discardMqlDraftAction, null);
  return (
    <MoveDisclosure label={t("settingsMql.discard.open")}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="base" value={base} />
        <p className="text-sm">{t("settingsMql.discard.confirm", { version })}</p>
        {result && !result.ok && (
          <p role="alert" className="text-sm text-danger">
            {result.message}
          </p>
        )}
        <Button type="submit" variant="secondary" size="sm" disabled={pending} className="self-start">
          {t("settingsMql.discard.submit", { version })}
        </Button>
      </form>
    </MoveDisclosure>
  );
}
