"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { bulkAssignOwner } from "@/lib/records/bulk/assign-owner";
import { bulkAssignOwnerSchema } from "@/lib/validation/bulk-action";
import { LIST_PATH } from "@/lib/records/paths";

/**
 * Assigns the ticked records to one owner. The wrapper checks reading; the edit right of
 * the records' kind is checked by bulkAssignOwner, since the kind is part of the input.
 */
export const bulkAssignOwnerAction = authedAction({ schema: bulkAssignOwnerSchema, permission: "records.read" }, async (input, user) => {
  const result = await bulkAssignOwner(user, input);
  revalidatePath(LIST_PATH[input.kind]);
  return result;
});
