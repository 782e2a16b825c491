import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/db/prisma";
import { createTestDatabase, type TestDatabase } from "./test-database";

/*
 * Server actions as a signed-in user, outside a Next request. Importing this module (before
 * the actions, which test files load with `await import` once DATABASE_URL is set) replaces:
 * - next-auth's getServerSession with the session of whoever `signInAs` named, issued when
 *   `signInAs` was called, so the real getCurrentUser still reads that user from the database
 *   (role, locale, active, sessionsValidFrom);
 * - next/headers' cookies with an empty jar (the signed-out language lookup) that records
 *   the cookies an action sets;
 * - next/cache's revalidation, which needs Next's request store, with a recorder;
 * - next/server's after(), which needs it too, with a queue that `runAfterTasks` runs, as
 *   Next does once the response has gone.
 */

type AfterTask = (() => unknown) | Promise<unknown>;
const session = vi.hoisted(() => ({
  userId: null as number | null,
  issuedAt: 0,
  revalidated: [] as string[],
  setCookies: [] as { name: string; value: string }[],
  after: [] as AfterTask[],
}));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () =>
    session.userId === null ? null : { user: { id: session.userId, name: "", email: "", role: "ADMIN", locale: "en", issuedAt: session.issuedAt } },
}));

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: (name: string, value: string) => void session.setCookies.push({ name, value }),
  }),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: (path: string) => void session.revalidated.push(path),
  revalidateTag: (tag: string) => void session.revalidated.push(`tag:${tag}`),
}));

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: AfterTask) => void session.after.push(task),
}));

/** Runs what the actions called since the last run left for after their response, and waits for it. */
export async function runAfterTasks(): Promise<void> {
  await Promise.all(session.after.splice(0).map((task) => (typeof task === "function" ? task() : task)));
}

/**
 * Signs the user with this id in for the actions called next, with a session issued now or
 * at `issuedAt` (epoch milliseconds); null signs out.
 */
export function signInAs(user: { id: number } | null, { issuedAt = Date.now() }: { issuedAt?: number } = {}): void {
  session.userId = user?.id ?? null;
  session.issuedAt = issuedAt;
}

/** The cookies the actions set since the last call. */
export function takeSetCookies(): { name: string; value: string }[] {
  return session.setCookies.splice(0);
}

/** The paths the actions revalidated since the last call. */
export function takeRevalidated(): string[] {
  return session.revalidated.splice(0);
}

/** An action's result, or where it redirected to after succeeding. */
export type ActionOutcome<T> = ActionResult<T> | { ok: true; redirectedTo: string };

type CallableAction<I, T> = (previous: ActionResult<T> | null, input: I) => Promise<ActionResult<T>>;

/** Calls a server action as a form would (FormData) or as code does (a plain object). */
export async function runAction<I, T>(action: CallableAction<I, T>, input: I): Promise<ActionOutcome<T>> {
  const { isRedirectError } = await import("next/dist/client/components/redirect-error");
  try {
    return await action(null, input);
  } catch (error) {
    if (isRedirectError(error)) return { ok: true, redirectedTo: error.digest.split(";")[2]! };
    throw error;
  }
}

/**
 * FormData from plain values, as a submitted form sends them: absent for undefined, one entry
 * per item of an array (`ids[]`), JSON for another object, text otherwise.
 */
export function formData(values: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      data.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return data;
}

/** A user of the role in the test database, as the session presents them. */
export async function createSessionUser(prisma: PrismaClient, role: Role, options: { name?: string; active?: boolean } = {}): Promise<CurrentUser> {
  const tag = randomBytes(4).toString("hex");
  return prisma.user.create({
    data: { email: `${role.toLowerCase()}-${tag}@example.test`, name: options.name ?? `${role} ${tag}`, role, passwordHash: "-", active: options.active ?? true },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
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
