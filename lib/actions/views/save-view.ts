"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { saveView } from "@/lib/records/saved-views";
import { LIST_PATH } from "@/lib/records/paths";
import { saveViewSchema } from "@/lib/validation/saved-view";

/** Saves the list's current view under a name for the signed-in user. */
export const saveViewAction = authedAction({ schema: saveViewSchema, permission: "records.read" }, async (input, user) => {
  const saved = await saveView(user.id, input);
  revalidatePath(LIST_PATH[input.kind]);
  return saved;
});
