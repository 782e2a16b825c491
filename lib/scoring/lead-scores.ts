import { activeCriteriaIn } from "@/lib/bowtie/mql-inputs";
import { applyMqlCriteriaIn, type MqlSliceResult } from "@/lib/bowtie/mql-moves";
import { OPEN_TO_MQL } from "@/lib/bowtie/mql-sql";
import type { Tx } from "@/lib/bowtie/tx";
import { scoreLeadsIn, type TargetCounts } from "./recompute";
import type { FitFacts, ScoreParts } from "./rules";
import { activeRuleSet } from "./store";

/** The lead's fields the fit rules read: a change to one of them changes its fit. */
export const FIT_FIELDS = ["industry", "employees", "country", "persona", "title", "source"] as const satisfies readonly (keyof FitFacts)[];

export function changesFit(fields: readonly string[]): boolean {
  return fields.some((field) => (FIT_FIELDS as readonly string[]).includes(field));
}

type Actor = { actorId: number | null; at: Date };

/**
 * Brings one lead's scores in line with a change of its own, in the caller's transaction,
 * under the rules in force as of `actor.at`: its fit after a field the fit rules read was
 * edited (or the lead was created), its engagement too (`parts.engagement`) after a
 * touchpoint was added to it. The same statement as the full recompute, for one id, so the
 * lead holds what a recompute at that instant would store. When its engagement changed, the
 * lead is re-evaluated against its segment's ACTIVE MQL criteria, as the recompute's
 * re-evaluation would. Before any rules are saved there is nothing to do: the lead keeps the
 * scores it came with.
 */
export async function rescoreLeadIn(tx: Tx, leadId: number, parts: Pick<ScoreParts, "engagement">, actor: Actor): Promise<{ scores: TargetCounts; mql: MqlSliceResult | null } | null> {
  const ruleSet = await activeRuleSet(tx);
  if (!ruleSet) return null;
  const scores = await scoreLeadsIn(tx, ruleSet, parts, actor.at, { ids: [leadId] });
  const mql = scores.engagementChanged > 0 ? await reevaluateLeadIn(tx, leadId, actor) : null;
  return { scores, mql };
}

/**
 * One lead through the engine's set-based MQL move (applyMqlCriteriaIn): a slice of its
 * segment's open leads that starts just before it and holds one lead. The lead is locked and
 * checked open to MQL in that segment first, so that one lead is this one.
 */
async function reevaluateLeadIn(tx: Tx, leadId: number, actor: Actor): Promise<MqlSliceResult | null> {
  const [lead] = await tx.$queryRaw<{ segmentId: number | null; open: boolean }[]>`
    SELECT l."segmentId", ${OPEN_TO_MQL} AS open FROM "Lead" l WHERE l.id = ${leadId} FOR UPDATE`;
  if (!lead?.open || lead.segmentId === null) return null;
  const criteria = await activeCriteriaIn(tx, lead.segmentId);
  if (!criteria) return null;
  // As in reevaluateLeads: the activation of a newer version waits for this move, so an old version's move never lands after it.
  const [still] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "MqlCriteria" WHERE id = ${criteria.id} FOR SHARE`;
  if (still?.status !== "ACTIVE") return null;
  return applyMqlCriteriaIn(tx, { id: criteria.id, segmentId: lead.segmentId, version: criteria.version, rule: criteria.rule }, actor, { afterId: leadId - 1, limit: 1 });
}
