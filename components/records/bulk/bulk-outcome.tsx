"use client";

import type { EntityKind } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { BulkAssignResult } from "@/lib/records/bulk/assign-owner";
import type { BulkMoveResult } from "@/lib/records/bulk/move-stage";

export type BulkOutcome =
  | { intent: "assign"; result: ActionResult<BulkAssignResult> }
  | { intent: "move"; result: ActionResult<BulkMoveResult> }
  | null;

function records(t: Translate, locale: Locale, kind: EntityKind, count: number): string {
  return count === 1 ? t(`recordBulk.recordsOne.${kind}`) : t(`recordBulk.records.${kind}`, { count: formatNumber(count, locale) });
}

function failureText(result: Extract<ActionResult<unknown>, { ok: false }>): string {
  return Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.message;
}

function describe(t: Translate, locale: Locale, kind: EntityKind, outcome: NonNullable<BulkOutcome>): string {
  switch (outcome.intent) {
    case "assign": {
      if (!outcome.result.ok) return failureText(outcome.result);
      const { assigned, skipped, owner } = outcome.result.data;
      const done = records(t, locale, kind, assigned);
      return skipped ? t("recordBulk.assignedSkipped", { records: done, owner, skipped: formatNumber(skipped, locale) }) : t("recordBulk.assigned", { records: done, owner });
    }
    case "move": {
      if (!outcome.result.ok) return failureText(outcome.result);
      const { moved, skipped, to } = outcome.result.data;
      const done = records(t, locale, kind, moved);
      const stage = t(`stage.${to}`);
      return skipped ? t("recordBulk.movedSkipped", { records: done, stage, skipped: formatNumber(skipped, locale) }) : t("recordBulk.moved", { records: done, stage });
    }
  }
}

/** What the last bulk action did ("12 leads assigned to Aino; 3 already had that owner.") or why it did nothing. */
export function BulkOutcomeMessage({ kind, outcome }: { kind: EntityKind; outcome: BulkOutcome }) {
  const { t, locale } = useI18n();
  if (!outcome) return null;
  return (
    <p role="status" data-testid="bulk-outcome" className={outcome.result.ok ? "text-sm text-foreground" : "text-sm text-danger"}>
      {describe(t, locale, kind, outcome)}
    </p>
  );
}
