"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { issueSessionCookie } from "@/lib/auth/session-token";
import { changeOwnPassword } from "./change-password";
import { changePasswordSchema } from "./schema";

/**
 * Changes the caller's own password; it takes no user id, so nobody can reach another
 * user's. Every other session of the user ends, and this browser gets a new one issued at
 * the moment of the change, so it stays signed in.
 */
export const changePasswordAction = authedAction({ schema: changePasswordSchema, permission: "profile.changePassword" }, async (input, user) => {
  const { sessionsValidFrom } = await changeOwnPassword(user, input);
  await issueSessionCookie(user, sessionsValidFrom.getTime());
});
