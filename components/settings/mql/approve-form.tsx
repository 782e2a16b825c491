"use client";

import type { ApprovalSide } from "@/generated/prisma/enums";
import { useSubmitAction } from "@/components/records/views/use-submit-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { approveMqlMarketingAction, approveMqlSalesAction } from "@/lib/mql/actions/approve";

const ACTIONS = { SALES: approveMqlSalesAction, MARKETING: approveMqlMarketingAction } as const;

/** One side's approval of the draft the approver has read (its fingerprint goes with it). */
export function ApproveForm({ id, base, version, side }: { id: number; base: string; version: number; side: ApprovalSide }) {
  const { t } = useI18n();
  const [result, onSubmit, pending] = useSubmitAction<ActionResult<never> | null>(ACTIONS[side], null);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="base" value={base} />
      <Button type="submit" disabled={pending}>
        {pending ? t("settingsMql.approve.pending") : t("settingsMql.approve.submit", { version, side: t(`settingsMql.side.${side}`) })}
      </Button>
      {result && !result.ok && (
        <p role="alert" className="text-sm text-danger">
          {result.message}
        </p>
      )}
    </form>
  );
}
