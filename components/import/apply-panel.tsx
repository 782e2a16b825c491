"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { applyAction } from "@/app/(app)/import/actions";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { useJobProgress, type JobProgress } from "./use-job-progress";

/** The apply button, then a progress bar fed by the job's progress until the import ends. */
export function ApplyPanel({ jobId, initial }: { jobId: number; initial: JobProgress }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<JobProgress | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = useCallback(() => router.refresh(), [router]);

  const apply = () =>
    startTransition(async () => {
      const result = await applyAction(null, { jobId });
      if (!result.ok) setError(result.message);
      else setStarted({ status: "APPLYING", processed: 0, total: initial.total });
    });

  if (initial.status === "APPLYING" || started) return <Progress jobId={jobId} initial={started ?? initial} onEnd={refresh} />;
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button onClick={apply} disabled={pending}>
        {t("import.apply")}
      </Button>
      {error && (
        <p role="status" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

function Progress({ jobId, initial, onEnd }: { jobId: number; initial: JobProgress; onEnd: () => void }) {
  const { t, locale } = useI18n();
  const progress = useJobProgress(jobId, initial, onEnd);
  const share = progress.total > 0 ? Math.min(100, Math.round((progress.processed / progress.total) * 100)) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={t("import.progress")}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.processed}
        className="h-3 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${share}%` }} />
      </div>
      <p className="text-sm text-muted-foreground">
        {t("import.applying", { processed: formatNumber(progress.processed, locale), total: formatNumber(progress.total, locale) })}
      </p>
    </div>
  );
}
