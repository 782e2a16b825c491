import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import type { Locale, Role } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";

export type AuthenticatedUser = { id: number; name: string; email: string; role: Role; locale: Locale };

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

let decoyHash: Promise<string> | undefined;

/**
 * An unknown email is checked against a decoy hash, so a wrong email and a wrong password
 * take equally long and the response time does not tell which accounts exist.
 */
function decoy(): Promise<string> {
  decoyHash ??= hash("rusetti-decoy-password");
  return decoyHash;
}

/**
 * The user for an email and password, or null for every kind of refusal (unknown email,
 * wrong password, deactivated user) so the caller cannot tell them apart.
 */
export async function authenticate(credentials: unknown): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true, passwordHash: true, lastLoginAt: true },
  });
  const passwordMatches = await verify(user?.passwordHash ?? (await decoy()), password).catch(() => false);
  if (!user || !passwordMatches || !user.active) return null;

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
