import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import type { Locale, Role } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { AccountDeactivatedError } from "./sign-in-errors";
import { SignInThrottle } from "./sign-in-throttle";

export type AuthenticatedUser = { id: number; name: string; email: string; role: Role; locale: Locale };

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/**
 * An unknown email is checked against a decoy hash, so a wrong email and a wrong password
 * take equally long and the response time does not tell which accounts exist. It is made
 * once, up front, so that not even the first unknown email costs an extra hash.
 */
const decoyHash = hash("rusetti-decoy-password");

// Five wrong guesses per email, or thirty per client address (an office behind one address),
// in fifteen minutes; further attempts are refused without hashing anything.
const emailThrottle = new SignInThrottle({ maxFailures: 5, windowMs: 15 * 60_000 });
const addressThrottle = new SignInThrottle({ maxFailures: 30, windowMs: 15 * 60_000 });

/**
 * The user for an email and password, or null for every refusal that could reveal whether an
 * account exists (unknown email, wrong password, throttled). The right password for a
 * deactivated account throws AccountDeactivatedError instead, so its owner is told why
 * rather than left retrying; without the password nobody learns the account's state.
 */
export async function authenticate(credentials: unknown, clientAddress?: string): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const emailKey = email.toLowerCase();
  const addressKeys = clientAddress ? [clientAddress] : [];
  // A throttled attempt gets the same refusal as a wrong password: it says nothing about the account.
  if (emailThrottle.isLocked([emailKey]) || addressThrottle.isLocked(addressKeys)) return null;

  // Emails are stored in lower case (a unique index on lower(email) holds it), so the key finds the one account.
  const user = await db.user.findUnique({
    where: { email: emailKey },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true, passwordHash: true, lastLoginAt: true },
  });
  const passwordMatches = await verify(user?.passwordHash ?? (await decoyHash), password).catch(() => false);
  if (!user || !passwordMatches || !user.active) {
    emailThrottle.recordFailure([emailKey]);
    addressThrottle.recordFailure(addressKeys);
    if (user && passwordMatches) throw new AccountDeactivatedError();
    return null;
  }
  emailThrottle.recordSuccess(emailKey);

  const signedInAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: signedInAt } });
    await audit(tx, {
      actorId: user.id,
      action: "user.signIn",
      entityKind: "USER",
      entityId: user.id,
      before: { lastLoginAt: user.lastLoginAt },
      after: { lastLoginAt: signedInAt },
    });
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
