import type { LeadSource, Stage } from "@/generated/prisma/enums";
import { ratio, type Ratio } from "./ratio";

/** Distinct records of a source that entered `stage` in P (GROUP BY source, toStage over StageTransition). */
export interface SourceStageEntries {
  source: LeadSource | null;
  stage: Stage;
  records: number;
}

/** One source's volume at the `from` stage, how many reached `to`, and the rate. */
export interface SourceConversion {
  source: LeadSource | null;
  volume: number;
  converted: number;
  conversion: Ratio;
}

// Period-based, by the source stamped on each transition, so a record keeps the source it
// had when it moved. A cohort view per source is cohortConversion on counts grouped by source.
/** Volume and conversion by source: entries into `from` in P, entries into `to` in P, and their ratio; largest volume first. */
export function sourceConversion(
  rows: readonly SourceStageEntries[],
  from: Stage = "AWARENESS",
  to: Stage = "PURCHASE",
): SourceConversion[] {
  const bySource = new Map<LeadSource | null, SourceConversion>();
  for (const row of rows) {
    if (row.stage !== from && row.stage !== to) continue;
    const entry = bySource.get(row.source) ?? { source: row.source, volume: 0, converted: 0, conversion: null };
    if (row.stage === from) entry.volume += row.records;
    if (row.stage === to) entry.converted += row.records;
    bySource.set(row.source, entry);
  }
  return [...bySource.values()]
    .map((entry) => ({ ...entry, conversion: ratio(entry.converted, entry.volume) }))
    .sort((a, b) => b.volume - a.volume || String(a.source).localeCompare(String(b.source)));
}
