"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { recomputeScoresAction } from "@/app/(app)/settings/scoring/actions";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/provider";
import type { RescoreSummary } from "@/lib/scoring/rescore";
import { RescoreResult } from "./rescore-result";

/** Recomputes every lead's scores under the rules in force, as of now. */
export function RecomputePanel({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ summary: RescoreSummary } | { message: string } | null>(null);
  const recompute = () =>
    startTransition(async () => {
      const result = await recomputeScoresAction(null, {});
      setOutcome(result.ok ? { summary: result.data } : { message: result.message });
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-3 px-5 py-4">
      <Button variant="secondary" onClick={recompute} disabled={pending || disabled}>
        {pending ? t("scoring.recompute.running") : t("scoring.recompute.button")}
      </Button>
      {outcome && "message" in outcome && (
        <p role="status" className="text-sm text-danger">
          {outcome.message}
        </p>
      )}
      {outcome && "summary" in outcome && <RescoreResult summary={outcome.summary} saved={false} />}
    </div>
  );
}
