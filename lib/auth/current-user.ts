import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Locale, Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";

export type CurrentUser = { id: number; name: string; email: string; role: Role; locale: Locale };

/**
 * The signed-in user as the database has them now, or null. The session only says who
 * signed in; being active, the role and the locale are read fresh on every request, so a
 * deactivated user or a changed role takes effect at once rather than when the token ends.
 * Cached per request: the layout and the page share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const identity = session?.user;
  if (!identity) return null;
  // The token's own expiry slides whenever the session is refreshed; the sign-in time does not.
  if (Date.now() / 1000 - identity.authenticatedAt > SESSION_MAX_AGE_SECONDS) return null;

  const user = await db.user.findUnique({
    where: { id: identity.id },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
});
