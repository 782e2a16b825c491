"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { recomputeScoresAction, restartScoringRunAction } from "@/app/(app)/settings/scoring/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { isUnderWay, type ScoringRunView } from "@/lib/scoring/run-state";
import { RunStatus } from "./run-status";
import { useRunProgress } from "./use-run-progress";

/**
 * The latest recompute, followed while it runs, and the buttons that start one: "Recompute
 * now" brings every lead's scores up to now under the rules in force, "Start again" runs a
 * failed or interrupted one again. The page is keyed by the run, so a new run starts afresh.
 */
export function RecomputePanel({ run, disabled }: { run: ScoringRunView | null; disabled: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => router.refresh(), [router]);
  const current = useRunProgress(run, refresh);
  const busy = current !== null && isUnderWay(current);

  const start = (action: () => Promise<ActionResult<{ runId: number }>>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-3 px-5 py-4">
      {current ? <RunStatus run={current} /> : <p className="text-sm text-muted-foreground">{t("scoring.recompute.never")}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => start(() => recomputeScoresAction(null, {}))} disabled={pending || disabled || busy}>
          {pending ? t("scoring.recompute.starting") : t("scoring.recompute.button")}
        </Button>
        {current?.restartable && (
          <Button variant="secondary" onClick={() => start(() => restartScoringRunAction(null, { runId: current.id }))} disabled={pending}>
            {t("scoring.run.restart")}
          </Button>
        )}
        {message && (
          <p role="status" className="text-sm text-danger">
            {message}
          </p>
        )}
      </div>
    </div>
  );
}
