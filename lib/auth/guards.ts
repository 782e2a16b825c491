import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { LOGIN_PATH } from "./navigation";
import { assertCan, can, type Action } from "./permissions";

/** For pages and layouts: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(LOGIN_PATH);
  return user;
}

/**
 * For server actions and route handlers: the user allowed to do `action`. Throws an
 * AppError (UNAUTHENTICATED or FORBIDDEN) that the action wrapper turns into a result and
 * the route wrapper into a 401 / 403; a non-UI caller gets a status, not a redirect.
 */
export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await getCurrentUser();
  assertCan(user, action);
  return user;
}

/**
 * For pages: the user allowed to see the page. Signed out → the login page; signed in
 * without the permission → Next's forbidden(), which answers 403 and renders the segment's
 * forbidden.tsx inside the shell.
 */
export async function authorizePage(action: Action): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, action)) forbidden();
  return user;
}
