"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { MQL_SETTINGS_PATH, versionPath } from "../paths";
import { resumeReevaluation } from "../resume";
import { resumeReevaluationSchema } from "../schema";

/** Finishes a version's cut-off re-evaluation and opens the version, which then shows it finished. */
export const resumeMqlReevaluationAction = authedAction({ schema: resumeReevaluationSchema, permission: "mql.define" }, async (input, user) => {
  await resumeReevaluation(db, input.id, { actorId: user.id });
  revalidatePath(MQL_SETTINGS_PATH, "layout");
  // Leads moved: every page that counts them.
  revalidatePath("/", "layout");
  redirect(versionPath(input.id));
});
