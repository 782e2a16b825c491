import type { LeadSource, RejectionReason } from "@/generated/prisma/enums";
import { ratio, type Ratio } from "./ratio";

/**
 * What became of an MQL by as-of: sales accepted it, sales rejected it back to marketing,
 * it stopped meeting new MQL criteria (dequalified, nobody's verdict), or it is still open.
 */
export type MqlOutcome = "ACCEPTED" | "REJECTED" | "DEQUALIFIED" | "OPEN";

/** MQLs of P by source, outcome and (for rejections) reason (one GROUP BY). */
export interface MqlOutcomeCount {
  source: LeadSource;
  outcome: MqlOutcome;
  reason: RejectionReason | null;
  leads: number;
}

export interface SourceQuality {
  source: LeadSource;
  mqls: number;
  accepted: number;
  rejected: number;
  dequalified: number;
  open: number;
  acceptanceRate: Ratio;
  rejectionRate: Ratio;
  /** The rejected by reason, most frequent first; share of the source's rejections. */
  reasons: { reason: RejectionReason | null; leads: number; share: Ratio }[];
}

/** Per source, of the leads that became MQL in P: accepted ÷ MQLs and rejected ÷ MQLs by as-of, and the rejections by reason. Sources with most MQLs first. */
export function leadQualityBySource(rows: readonly MqlOutcomeCount[]): SourceQuality[] {
  const sources = [...new Set(rows.map((row) => row.source))];
  return sources
    .map((source): SourceQuality => {
      const ofSource = rows.filter((row) => row.source === source);
      const sum = (outcome: MqlOutcome) => ofSource.filter((row) => row.outcome === outcome).reduce((total, row) => total + row.leads, 0);
      const [accepted, rejected, dequalified, open] = [sum("ACCEPTED"), sum("REJECTED"), sum("DEQUALIFIED"), sum("OPEN")];
      const mqls = accepted + rejected + dequalified + open;
      const byReason = new Map<RejectionReason | null, number>();
      for (const row of ofSource) if (row.outcome === "REJECTED") byReason.set(row.reason, (byReason.get(row.reason) ?? 0) + row.leads);
      return {
        source,
        mqls,
        accepted,
        rejected,
        dequalified,
        open,
        acceptanceRate: ratio(accepted, mqls),
        rejectionRate: ratio(rejected, mqls),
        reasons: [...byReason]
          .map(([reason, leads]) => ({ reason, leads, share: ratio(leads, rejected) }))
          .sort((a, b) => b.leads - a.leads || String(a.reason).localeCompare(String(b.reason))),
      };
    })
    .sort((a, b) => b.mqls - a.mqls || a.source.localeCompare(b.source));
}
