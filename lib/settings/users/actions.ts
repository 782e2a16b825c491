"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { AppError } from "@/lib/errors";
import { USERS_PATH } from "./paths";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "./schema";
import { createUser, resetPassword, setUserActive, updateUser } from "./writes";

// Team pages count members; record forms list owners.
function revalidateUsers() {
  revalidatePath(USERS_PATH, "layout");
  revalidatePath("/settings/teams", "layout");
}

/** Creates the user and answers with their generated password, which the page shows once. */
export const createUserAction = authedAction({ schema: createUserSchema, permission: "user.manage" }, async (input, user) => {
  const created = await createUser(input, user.id);
  revalidateUsers();
  return created;
});

export const updateUserAction = authedAction({ schema: updateUserSchema, permission: "user.manage" }, async (input, user) => {
  await updateUser(input, user.id);
  revalidateUsers();
});

export const setUserActiveAction = authedAction({ schema: setUserActiveSchema, permission: "user.manage" }, async (input, user) => {
  await setUserActive(input, user.id);
  revalidateUsers();
});

/** Sets a new generated password and answers with it, once. */
export const resetPasswordAction = authedAction({ schema: resetPasswordSchema, permission: "user.manage" }, async (input, user) => {
  // A reset ends the user's sessions, this one too: an admin changes their own password in
  // My account, which asks for the current one and keeps this browser signed in.
  if (input.id === user.id) throw new AppError("INVALID", "own password reset", { messageKey: "settingsPeople.users.rule.selfReset" });
  const reset = await resetPassword(input.id, user.id);
  revalidateUsers();
  return reset;
});
