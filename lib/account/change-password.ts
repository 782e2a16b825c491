import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { accountGuesses } from "@/lib/auth/password-guesses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangePasswordInput } from "./schema";

type Client = Pick<PrismaClient, "user" | "$transaction">;

const wrongCurrent = () =>
  new AppError("INVALID", "the current password is wrong", { fieldErrors: { currentPassword: ["account.password.wrongCurrent"] } });

/**
 * Changes the signed-in user's own password, given the current one, and ends every session
 * issued before the change: the moment is returned for the caller to issue this browser's
 * new session at. A wrong current password counts as a wrong sign-in for the account, and
 * once the account is locked out no password is checked. The audit entry holds no password
 * and no hash, only that it was changed.
 */
export async function changeOwnPassword(user: { id: number; email: string }, input: ChangePasswordInput, client: Client = db): Promise<{ sessionsValidFrom: Date }> {
  // Emails are stored in lower case: the same key the sign-in counts under.
  const guessKey = user.email.toLowerCase();
  if (accountGuesses.isLocked([guessKey])) {
    throw new AppError("INVALID", "too many wrong passwords", { fieldErrors: { currentPassword: ["account.password.lockedOut"] } });
  }
  const stored = await client.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored) throw new AppError("UNAUTHENTICATED", `user ${user.id} does not exist`);
  if (!(await verify(stored.passwordHash, input.currentPassword).catch(() => false))) {
    accountGuesses.recordFailure([guessKey]);
    throw wrongCurrent();
  }
  accountGuesses.recordSuccess(guessKey);

  const passwordHash = await hash(input.newPassword);
  const sessionsValidFrom = new Date();
  await client.$transaction(async (tx) => {
    // Only over the hash just verified: a reset or another change in between wins, and this one is refused.
    const updated = await tx.user.updateMany({ where: { id: user.id, active: true, passwordHash: stored.passwordHash }, data: { passwordHash, sessionsValidFrom } });
    if (updated.count === 0) throw wrongCurrent();
    await audit(tx, { actorId: user.id, action: "user.changePassword", entityKind: "USER", entityId: user.id });
  });
  return { sessionsValidFrom };
}
