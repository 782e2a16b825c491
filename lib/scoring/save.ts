import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { rescore, SCORING_ENTITY, type RescoreSummary } from "./rescore";
import { changedParts, type ScoringRules } from "./rules";
import { activeRuleSet, insertRuleSet, ruleSetById } from "./store";

// Saves of the rules take turns, so two admins cannot both create the same next version.
const SAVE_LOCK = "scoring.rules";

/**
 * Stores `rules` as a new version, in force at once, and audits the change (the rules before
 * and after) in the same transaction; then recomputes what the change affects and re-evaluates
 * the MQLs. Refused, changing nothing, when another version was saved since the form opened
 * at `baseVersion`, or when the rules are those already in force.
 */
export async function saveScoringRules(
  client: PrismaClient,
  input: { rules: ScoringRules; baseVersion: number },
  actor: { actorId: number | null; at: Date },
): Promise<RescoreSummary> {
  const saved = await client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SAVE_LOCK}))`;
    const current = await activeRuleSet(tx);
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw new AppError("CONFLICT", `scoring rules are at version ${current?.version ?? 0}, not ${input.baseVersion}`, { messageKey: "scoring.save.conflict" });
    }
    const parts = changedParts(current?.rules ?? null, input.rules);
    if (!parts.fit && !parts.engagement) throw new AppError("INVALID", "the rules are those in force", { messageKey: "scoring.save.unchanged" });
    const created = await insertRuleSet(tx, input.rules);
    await audit(tx, {
      actorId: actor.actorId,
      action: "scoring.rules.update",
      entityKind: SCORING_ENTITY,
      entityId: created.id,
      before: current ? { version: current.version, ...current.rules } : null,
      after: { version: created.version, ...input.rules },
    });
    return { id: created.id, parts };
  });
  const ruleSet = (await ruleSetById(client, saved.id))!;
  return rescore(client, ruleSet, saved.parts, actor);
}

/** Recomputes both scores under the rules in force as of `actor.at`: engagement fades day by day, so scores age. */
export async function recomputeActiveScores(client: PrismaClient, actor: { actorId: number | null; at: Date }): Promise<RescoreSummary> {
  const ruleSet = await activeRuleSet(client);
  if (!ruleSet) throw new AppError("INVALID", "no scoring rules have been saved", { messageKey: "scoring.recompute.noRules" });
  return rescore(client, ruleSet, { fit: true, engagement: true }, actor);
}
