"use client";

import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { translateReason } from "@/lib/import/translate-error";
import { ratio } from "@/lib/metrics/ratio";
import type { ScoringRunView } from "@/lib/scoring/run-state";

/** Where a scoring run stands: a progress bar while it runs, the scores written and the MQL moves once done, the reason once failed. */
export function RunStatus({ run }: { run: ScoringRunView }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const actor = run.actor ?? t("scoring.versions.system");
  const { version } = run;

  if (run.status === "FAILED") {
    return (
      <p role="status" className="text-sm text-danger" data-testid="scoring-run">
        {run.interrupted ? t("scoring.run.interruptedRun", { version }) : t("scoring.run.failed", { version, reason: translateReason(t, run.failure ?? "") })}
      </p>
    );
  }
  if (run.status === "DONE") {
    return (
      <div role="status" className="space-y-1 text-sm" data-testid="scoring-run">
        <p className="font-medium">{t("scoring.run.done", { version, actor, time: formatDateTime(new Date(run.finishedAt!), locale) })}</p>
        <p>{t("scoring.result.scores", { written: n(run.written), leads: n(run.processed), fit: n(run.fitChanged), engagement: n(run.engagementChanged) })}</p>
        <p>
          {run.mql
            ? t("scoring.result.mql", { segments: n(run.mql.segments), qualified: n(run.mql.qualified), unqualified: n(run.mql.unqualified) })
            : t("scoring.result.noMql")}
        </p>
      </div>
    );
  }

  const total = run.total ?? 0;
  const processed = Math.min(run.processed, total);
  const line =
    run.status === "QUEUED"
      ? t("scoring.run.queued", { version, actor })
      : run.phase === "MQL"
        ? t("scoring.run.mql", { version })
        : t("scoring.run.scores", { version, actor, processed: n(processed), total: n(total) });
  return (
    <div className="flex flex-col gap-2" data-testid="scoring-run">
      <div
        role="progressbar"
        aria-label={t("scoring.run.progress")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={processed}
        className="h-3 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${Math.round((ratio(processed, total) ?? 0) * 100)}%` }} />
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {line}
      </p>
    </div>
  );
}
