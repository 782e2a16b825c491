"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { previewScoring } from "@/lib/scoring/preview";
import { runScoring } from "@/lib/scoring/run";
import { restartRun, saveScoringRules, startRecompute } from "@/lib/scoring/save";
import { previewScoringRulesSchema, recomputeScoresSchema, restartScoringRunSchema, saveScoringRulesSchema } from "@/lib/scoring/schema";

const PAGE = "/settings/scoring";

/*
 * A recompute of a million leads takes minutes, so no action waits for one: each queues a
 * run and answers at once; the run goes on after the response (Next's after()) and the page
 * follows its progress.
 */

/** The draft's score distributions next to the stored ones; reads only. */
export const previewScoringAction = authedAction({ schema: previewScoringRulesSchema, permission: "settings.manage" }, async ({ rules }) =>
  previewScoring(db, rules, new Date()),
);

/** Saves the draft as the next version and starts the run that recomputes the scores it changes. */
export const saveScoringRulesAction = authedAction({ schema: saveScoringRulesSchema, permission: "settings.manage" }, async (input, user) => {
  const saved = await saveScoringRules(db, input, { actorId: user.id, at: new Date() });
  after(() => runScoring(db, saved.runId));
  revalidatePath(PAGE);
  revalidatePath("/leads", "layout");
  return saved;
});

/** Starts a run that brings every lead's scores up to now under the rules in force. */
export const recomputeScoresAction = authedAction({ schema: recomputeScoresSchema, permission: "settings.manage" }, async (_input, user) => {
  const runId = await startRecompute(db, { actorId: user.id, at: new Date() });
  after(() => runScoring(db, runId));
  revalidatePath(PAGE);
  return { runId };
});

/** Starts a failed or interrupted run again. */
export const restartScoringRunAction = authedAction({ schema: restartScoringRunSchema, permission: "settings.manage" }, async (input, user) => {
  const runId = await restartRun(db, input.runId, { actorId: user.id });
  after(() => runScoring(db, runId));
  revalidatePath(PAGE);
  return { runId };
});
