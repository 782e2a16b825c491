"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { createDraft, discardDraft, updateDraft } from "../drafts";
import { MQL_APPROVALS_PATH, MQL_SETTINGS_PATH, versionPath } from "../paths";
import { createDraftSchema, discardDraftSchema, updateDraftSchema } from "../schema";

function revalidateAgreement() {
  revalidatePath(MQL_SETTINGS_PATH, "layout");
  revalidatePath(MQL_APPROVALS_PATH);
}

/** Saves the builder's criteria as the segment's new draft and opens it. */
export const createMqlDraftAction = authedAction({ schema: createDraftSchema, permission: "mql.define" }, async (input, user) => {
  const { segmentId, ...fields } = input;
  const id = await createDraft(db, segmentId, fields, { actorId: user.id });
  revalidateAgreement();
  redirect(versionPath(id));
});

/** Saves changes to a draft (an approval it had is withdrawn) and opens it. */
export const updateMqlDraftAction = authedAction({ schema: updateDraftSchema, permission: "mql.define" }, async (input, user) => {
  const { id, base, ...fields } = input;
  await updateDraft(db, id, base, fields, { actorId: user.id });
  revalidateAgreement();
  redirect(versionPath(id));
});

/** Throws a draft away and goes back to the agreements. */
export const discardMqlDraftAction = authedAction({ schema: discardDraftSchema, permission: "mql.define" }, async (input, user) => {
  await discardDraft(db, input.id, input.base, { actorId: user.id });
  revalidateAgreement();
  redirect(MQL_SETTINGS_PATH);
});
