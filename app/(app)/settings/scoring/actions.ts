"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { previewScoring } from "@/lib/scoring/preview";
import { recomputeActiveScores, saveScoringRules } from "@/lib/scoring/save";
import { previewScoringRulesSchema, recomputeScoresSchema, saveScoringRulesSchema } from "@/lib/scoring/schema";

const PAGE = "/settings/scoring";

/** The draft's score distributions next to the stored ones; reads only. */
export const previewScoringAction = authedAction({ schema: previewScoringRulesSchema, permission: "settings.manage" }, async ({ rules }) =>
  previewScoring(db, rules, new Date()),
);

/** Saves the draft as the next version and recomputes the scores it changes. */
export const saveScoringRulesAction = authedAction({ schema: saveScoringRulesSchema, permission: "settings.manage" }, async (input, user) => {
  const summary = await saveScoringRules(db, input, { actorId: user.id, at: new Date() });
  revalidatePath(PAGE);
  revalidatePath("/leads", "layout");
  return summary;
});

/** Brings every lead's scores up to now under the rules in force. */
export const recomputeScoresAction = authedAction({ schema: recomputeScoresSchema, permission: "settings.manage" }, async (_input, user) => {
  const summary = await recomputeActiveScores(db, { actorId: user.id, at: new Date() });
  revalidatePath(PAGE);
  revalidatePath("/leads", "layout");
  return summary;
});
