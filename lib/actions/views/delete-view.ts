"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { deleteView } from "@/lib/records/saved-views";
import { LIST_PATH } from "@/lib/records/paths";
import { deleteViewSchema } from "@/lib/validation/saved-view";

/** Deletes one of the signed-in user's own views. */
export const deleteViewAction = authedAction({ schema: deleteViewSchema, permission: "records.read" }, async (input, user) => {
  const { kind } = await deleteView(user.id, input.id);
  revalidatePath(LIST_PATH[kind]);
});
