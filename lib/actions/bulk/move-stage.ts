"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { bulkMoveStage } from "@/lib/records/bulk/move-stage";
import { bulkMoveStageSchema } from "@/lib/validation/bulk-action";
import { LIST_PATH } from "@/lib/records/paths";

/**
 * Moves the ticked records to one stage with a reason. The wrapper checks reading; the edit
 * right of the records' kind is checked by bulkMoveStage, since the kind is part of the input.
 */
export const bulkMoveStageAction = authedAction({ schema: bulkMoveStageSchema, permission: "records.read" }, async (input, user) => {
  const result = await bulkMoveStage(user, input);
  revalidatePath(LIST_PATH[input.kind]);
  return result;
});
