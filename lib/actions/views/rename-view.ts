"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { renameView } from "@/lib/records/saved-views";
import { LIST_PATH } from "@/lib/records/paths";
import { renameViewSchema } from "@/lib/validation/saved-view";

/** Renames one of the signed-in user's own views. */
export const renameViewAction = authedAction({ schema: renameViewSchema, permission: "records.read" }, async (input, user) => {
  const { kind } = await renameView(user.id, input);
  revalidatePath(LIST_PATH[kind]);
});
