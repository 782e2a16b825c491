import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { SCORING_ENTITY } from "./rescore";
import { changedParts, type ScoringRules } from "./rules";
import { claimRunIn, expireInterruptedRuns, lockRunsIn } from "./run-claim";
import { activeRuleSet, insertRuleSet } from "./store";

// Saves of the rules take turns, so two admins cannot both create the same next version.
const SAVE_LOCK = "scoring.rules";

type Actor = { actorId: number | null; at: Date };

/** A version saved and the run queued to recompute what it changes. */
export type SavedRules = { version: number; runId: number };

/**
 * Stores `rules` as a new version, in force at once, audits the change (the rules before and
 * after) and queues the run that recomputes what the change affects, all in one transaction;
 * the caller starts the run (runScoring), which re-evaluates the MQLs after the scores.
 * Refused, changing nothing, when another version was saved since the form opened at
 * `baseVersion`, when the rules are those already in force, or while a run is under way
 * (its scores would be superseded half-way, and the new version could not start its own).
 */
export async function saveScoringRules(client: PrismaClient, input: { rules: ScoringRules; baseVersion: number }, actor: Actor): Promise<SavedRules> {
  return client.$transaction(async (tx) => {
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
    const runId = await claimRunIn(tx, { ruleSetId: created.id, parts, asOf: actor.at, actorId: actor.actorId });
    return { version: created.version, runId };
  });
}

/** Queues a recompute of both scores under the rules in force as of `actor.at`: engagement fades day by day, so scores age. */
export async function startRecompute(client: PrismaClient, actor: Actor): Promise<number> {
  return client.$transaction(async (tx) => {
    const ruleSet = await activeRuleSet(tx);
    if (!ruleSet) throw new AppError("INVALID", "no scoring rules have been saved", { messageKey: "scoring.recompute.noRules" });
    return claimRunIn(tx, { ruleSetId: ruleSet.id, parts: { fit: true, engagement: true }, asOf: actor.at, actorId: actor.actorId });
  });
}

/**
 * Queues again the latest run, failed or interrupted, under its own version, parts and
 * instant: the leads it already wrote hold what it computes, so they are not written again.
 * Only while its version is still in force (a newer one has a run of its own).
 */
export async function restartRun(client: PrismaClient, runId: number, actor: Pick<Actor, "actorId">): Promise<number> {
  return client.$transaction(async (tx) => {
    await lockRunsIn(tx);
    await expireInterruptedRuns(tx);
    const latest = await tx.scoringRun.findFirst({ select: { id: true, status: true, ruleSetId: true, fit: true, engagement: true, asOf: true }, orderBy: { id: "desc" } });
    if (!latest || latest.id !== runId || latest.status !== "FAILED") {
      throw new AppError("INVALID", `scoring run ${runId} is not the latest failed run`, { messageKey: "scoring.run.notRestartable" });
    }
    if ((await activeRuleSet(tx))?.id !== latest.ruleSetId) {
      throw new AppError("INVALID", `scoring run ${runId} is under a superseded version`, { messageKey: "scoring.run.superseded" });
    }
    return claimRunIn(tx, { ruleSetId: latest.ruleSetId, parts: { fit: latest.fit, engagement: latest.engagement }, asOf: latest.asOf, actorId: actor.actorId });
  });
}
