import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { activeCriteriaIn } from "@/lib/bowtie/mql-inputs";
import { reevaluateLeads, type Reevaluation } from "@/lib/bowtie/reevaluate";
import { recomputeScores, type RecomputeCounts } from "./recompute";
import type { RuleSet, ScoreParts } from "./rules";

/** What a recompute did: the scores, then the MQL re-evaluation they led to, each with its duration. */
export type RescoreSummary = {
  version: number;
  asOf: Date;
  parts: ScoreParts;
  scores: RecomputeCounts & { ms: number };
  mql: (Reevaluation & { segments: number; ms: number }) | null;
};

export const SCORING_ENTITY = "ScoringRuleSet";

/** What a recompute reports while it runs: the counts after each batch of scores, then the start of the MQL re-evaluation. */
export type RescoreProgress = { onBatch?: (counts: RecomputeCounts) => Promise<void>; onMql?: () => Promise<void> };

/**
 * Recomputes the scores under `ruleSet` as of `at`, then, when an engagement score changed,
 * re-evaluates every segment's open leads against its ACTIVE MQL criteria, which read the
 * engagement score: a lead may now qualify, or an unaccepted MQL stop qualifying. Fit is not
 * part of the MQL agreement, so a change of fit alone re-evaluates nothing. One audit entry
 * records the run and its counts; the scores themselves are written batch by batch (see
 * recomputeScores), so the entry is written when the run ends.
 */
export async function rescore(
  client: PrismaClient,
  ruleSet: RuleSet,
  parts: ScoreParts,
  actor: { actorId: number | null; at: Date },
  progress: RescoreProgress = {},
): Promise<RescoreSummary> {
  let started = performance.now();
  const counts = await recomputeScores(client, ruleSet, parts, actor.at, { onBatch: progress.onBatch });
  const scores = { ...counts, ms: Math.round(performance.now() - started) };

  let mql: RescoreSummary["mql"] = null;
  if (parts.engagement && counts.engagementChanged > 0 && !counts.superseded) {
    await progress.onMql?.();
    started = performance.now();
    const total: Reevaluation & { segments: number } = { checked: 0, qualified: 0, unqualified: 0, skipped: 0, segments: 0 };
    const segments = await client.segment.findMany({ where: { criteria: { some: { status: "ACTIVE" } } }, select: { id: true }, orderBy: { id: "asc" } });
    for (const segment of segments) {
      const criteria = await activeCriteriaIn(client, segment.id);
      if (!criteria) continue;
      const result = await reevaluateLeads(client, { id: criteria.id, segmentId: segment.id, version: criteria.version, rule: criteria.rule }, actor);
      total.segments++;
      total.checked += result.checked;
      total.qualified += result.qualified;
      total.unqualified += result.unqualified;
      total.skipped += result.skipped;
    }
    mql = { ...total, ms: Math.round(performance.now() - started) };
  }

  const summary: RescoreSummary = { version: ruleSet.version, asOf: actor.at, parts, scores, mql };
  await audit(client, { actorId: actor.actorId, action: "scoring.recompute", entityKind: SCORING_ENTITY, entityId: ruleSet.id, after: summary });
  return summary;
}
