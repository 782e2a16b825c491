"use client";

import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { RescoreSummary } from "@/lib/scoring/rescore";

/** What a save or a recompute did: the scores written, then the MQL re-evaluation. */
export function RescoreResult({ summary, saved }: { summary: RescoreSummary; saved: boolean }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const { scores, mql } = summary;
  return (
    <div role="status" className="space-y-1 text-sm" data-testid="scoring-result">
      {saved && <p className="font-medium">{t("scoring.result.saved", { version: summary.version })}</p>}
      <p>{t("scoring.result.scores", { written: n(scores.written), leads: n(scores.leads), fit: n(scores.fitChanged), engagement: n(scores.engagementChanged) })}</p>
      <p>
        {mql
          ? t("scoring.result.mql", { segments: n(mql.segments), qualified: n(mql.qualified), unqualified: n(mql.unqualified) })
          : t("scoring.result.noMql")}
      </p>
    </div>
  );
}
