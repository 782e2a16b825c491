import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/db/prisma";
import { createTestDatabase, type TestDatabase } from "./test-database";

/*
 * Calling server actions from an integration test: the signed-in user and Next's request
 * APIs are replaced by these stand-ins. In the test file:
 *
 *   vi.mock("@/lib/auth/current-user", async () => (await import("../support/views-session")).currentUserModule);
 *   vi.mock("next/cache", async () => (await import("../support/views-session")).nextCacheModule);
 *   vi.mock("next/headers", async () => (await import("../support/views-session")).nextHeadersModule);
 *
 * then `actionDatabase()` inside the describe block and `signInAs(user)` before an action.
 */

let signedIn: CurrentUser | null = null;

/** Who the next actions run as; null is signed out. */
export function signInAs(user: CurrentUser | null): void {
  signedIn = user;
}

export const currentUserModule = { getCurrentUser: async () => signedIn };

/** Paths the actions asked Next to revalidate, newest last. */
export const revalidated: string[] = [];

export const nextCacheModule = {
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: () => undefined,
};

// A signed-out caller's language comes from a cookie; there is none here.
export const nextHeadersModule = { cookies: async () => ({ get: () => undefined }) };

/** A user of the role in the test database, as the session would present them. */
export async function createSessionUser(prisma: PrismaClient, role: Role, options: { name?: string; active?: boolean } = {}): Promise<CurrentUser> {
  const tag = randomBytes(4).toString("hex");
  const user = await prisma.user.create({
    data: { email: `${role.toLowerCase()}-${tag}@example.test`, name: options.name ?? `${role} ${tag}`, role, passwordHash: "-", active: options.active ?? true },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
  return user;
}

/** FormData as a browser sends it, repeated keys included (`ids[]`). */
export function formData(fields: Record<string, string | number | readonly (string | number)[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, String(item));
  }
  return data;
}

/**
 * A database of the test file's own that the app's client, and so every action, talks to:
 * the client reads DATABASE_URL on first use. Call inside describe; the getter works from
 * the file's own beforeAll on.
 */
export function actionDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("actionDatabase() is read before its beforeAll ran");
    return database;
  };
}
