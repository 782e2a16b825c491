import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Locale, Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { sessionIsCurrent } from "./session-validity";

export type CurrentUser = { id: number; name: string; email: string; role: Role; locale: Locale };

/**
 * The signed-in user as the database has them now, or null. The session only says who
 * signed in and when; being active, whether the session was issued after the user's last
 * password change, reset or deactivation, the role and the locale are read fresh on every
 * request, so each takes effect at once rather than when the token ends.
 * Cached per request: the layout and the page share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const identity = session?.user;
  if (!identity) return null;

  const user = await db.user.findUnique({
    where: { id: identity.id },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true, sessionsValidFrom: true },
  });
  if (!user || !sessionIsCurrent(identity.issuedAt, user, Date.now())) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
});
