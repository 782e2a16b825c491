"use client";

import { useSubmitAction } from "@/components/records/views/use-submit-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { resumeMqlReevaluationAction } from "@/lib/mql/actions/reevaluate";

/** Runs a version's cut-off re-evaluation again, from where it stopped. */
export function ResumeReevaluationForm({ id }: { id: number }) {
  const { t } = useI18n();
  const [result, onSubmit, pending] = useSubmitAction<ActionResult<never> | null>(resumeMqlReevaluationAction, null);
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("settingsMql.reevaluation.resuming") : t("settingsMql.reevaluation.resume")}
      </Button>
      <span className="text-xs text-muted-foreground">{t("settingsMql.reevaluation.resumeHint")}</span>
      {result && !result.ok && (
        <p role="alert" className="w-full text-sm text-danger">
          {result.message}
        </p>
      )}
    </form>
  );
}
