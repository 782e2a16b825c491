import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import type { Locale, Role } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { PASSWORD_MAX_LENGTH } from "@/lib/settings/users/password-policy";
import { accountGuesses, addressGuesses } from "./password-guesses";
import { AccountDeactivatedError } from "./sign-in-errors";

/** `issuedAt`: epoch milliseconds, the issue time of the session this sign-in starts. */
export type AuthenticatedUser = { id: number; name: string; email: string; role: Role; locale: Locale; issuedAt: number };

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/**
 * An unknown email is checked against a decoy hash, so a wrong email and a wrong password
 * take equally long and the response time does not tell which accounts exist. It is made
 * once, up front, so that not even the first unknown email costs an extra hash.
 */
const decoyHash = hash("rusetti-decoy-password");

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
  if (accountGuesses.isLocked([emailKey]) || addressGuesses.isLocked(addressKeys)) return null;

  // Taken before the account is read, so a password change or deactivation timed after this
  // moment ends the session even when the read below still saw the old password.
  const issuedAt = Date.now();
  // Emails are stored in lower case (a unique index on lower(email) holds it), so the key finds the one account.
  const user = await db.user.findUnique({
    where: { email: emailKey },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true, passwordHash: true, lastLoginAt: true },
  });
  const passwordMatches = await verify(user?.passwordHash ?? (await decoyHash), password).catch(() => false);
  if (!user || !passwordMatches || !user.active) {
    accountGuesses.recordFailure([emailKey]);
    addressGuesses.recordFailure(addressKeys);
    if (user && passwordMatches) throw new AccountDeactivatedError();
    return null;
  }
  accountGuesses.recordSuccess(emailKey);

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
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, issuedAt };
}
