"use client";

import type { ApprovalSide } from "@/generated/prisma/enums";
import { useSubmitAction } from "@/components/records/views/use-submit-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { approveMqlMarketingAction, approveMqlSalesAction } from "@/lib/mql/actions/approve";
import type { ApprovalOutcome } from "@/lib/mql/approve";

const ACTIONS = { SALES: approveMqlSalesAction, MARKETING: approveMqlMarketingAction } as const;
const OTHER: Record<ApprovalSide, ApprovalSide> = { SALES: "MARKETING", MARKETING: "SALES" };

function outcomeText(outcome: ApprovalOutcome, side: ApprovalSide, t: Translate, locale: Locale): string {
  if (!outcome.activated) return t("settingsMql.approve.waiting", { version: outcome.version, side: t(`settingsMql.side.${OTHER[side]}`) });
  const { qualified, unqualified, skipped } = outcome.reevaluation;
  return t("settingsMql.approve.activated", {
    version: outcome.version,
    qualified: formatNumber(qualified, locale),
    unqualified: formatNumber(unqualified, locale),
    skipped: formatNumber(skipped, locale),
  });
}

/** One side's approval of the draft the approver has read (its fingerprint goes with it). */
export function ApproveForm({ id, base, version, side }: { id: number; base: string; version: number; side: ApprovalSide }) {
  const { t, locale } = useI18n();
  const [result, onSubmit, pending] = useSubmitAction<ActionResult<ApprovalOutcome> | null>(ACTIONS[side], null);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="base" value={base} />
      <Button type="submit" disabled={pending || result?.ok}>
        {pending ? t("settingsMql.approve.pending") : t("settingsMql.approve.submit", { version, side: t(`settingsMql.side.${side}`) })}
      </Button>
      {result && (
        <p role={result.ok ? "status" : "alert"} className={result.ok ? "text-sm" : "text-sm text-danger"} data-testid="approval-outcome">
          {result.ok ? outcomeText(result.data, side, t, locale) : result.message}
        </p>
      )}
    </form>
  );
}
