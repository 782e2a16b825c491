import { expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/prisma";
import { signInAs, type ActionOutcome } from "./action-session";
import type { RoleUser } from "./role-users";

export type MatrixCall = () => Promise<ActionOutcome<unknown>>;

/**
 * One server action in a permission matrix: who may call it (written from the product's
 * rules, not read from the permission module, so the two are checked against each other)
 * and how. `prepare` writes whatever the call needs and returns the call; `unique` differs
 * per call, so allowed calls never collide.
 */
export type MatrixRow = {
  action: string;
  allowed: readonly Role[];
  prepare: (unique: number) => Promise<MatrixCall>;
  /** A read: an allowed call answers with data and writes nothing. */
  reads?: true;
  /** What an allowed call of this action answers, where it differs from the matrix's `answer`. */
  answer?: object;
};

type Matrix = {
  rows: readonly MatrixRow[];
  users: () => Record<Role, RoleUser>;
  prisma: () => PrismaClient;
  /** Everything the actions could write, as one value: equal before and after means nothing was written. */
  footprint: () => Promise<unknown>;
  /** What an allowed write answers. */
  answer?: object;
  /** What an allowed read answers. */
  readAnswer?: object;
  /** Runs what an action leaves for after its response (Next's after()), before anything is compared. */
  settle?: () => Promise<unknown>;
  /** More to check after an allowed write, besides the footprint and the audit entry. */
  checkWrite?: (row: MatrixRow) => Promise<void>;
};

/**
 * Every action × every role, then every action signed out. A refused call answers FORBIDDEN
 * (UNAUTHENTICATED signed out) and leaves the footprint as it was; an allowed write changes
 * it and leaves an audit entry by the caller; an allowed read changes nothing. Returns the
 * next `unique`, for the file's own tests.
 */
export function permissionMatrix(matrix: Matrix): () => number {
  let unique = 1;
  const auditedBy = (user: RoleUser) => matrix.prisma().auditLog.count({ where: { actorId: user.id } });
  const cases = matrix.rows.flatMap((row) => ROLES.map((role) => [row.action, role, row.allowed.includes(role) ? "allowed" : "FORBIDDEN", row] as const));

  it.each(cases)("%s as %s: %s", async (_action, role, expected, row) => {
    const call = await row.prepare(unique++);
    const user = matrix.users()[role];
    signInAs(user);
    const before = await matrix.footprint();
    const audited = await auditedBy(user);
    const outcome = await call();
    await matrix.settle?.();
    if (expected === "FORBIDDEN") {
      expect(outcome).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await matrix.footprint()).toEqual(before);
    } else if (row.reads) {
      expect(outcome).toMatchObject(row.answer ?? matrix.readAnswer ?? { ok: true, data: expect.anything() });
      expect(await matrix.footprint()).toEqual(before);
    } else {
      expect(outcome).toMatchObject(row.answer ?? matrix.answer ?? { ok: true });
      expect(await matrix.footprint()).not.toEqual(before);
      expect(await auditedBy(user)).toBeGreaterThan(audited);
      await matrix.checkWrite?.(row);
    }
  });

  it.each(matrix.rows.map((row) => [row.action, row] as const))("%s signed out: UNAUTHENTICATED, nothing written", async (_action, row) => {
    const call = await row.prepare(unique++);
    signInAs(null);
    const before = await matrix.footprint();
    expect(await call()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await matrix.settle?.();
    expect(await matrix.footprint()).toEqual(before);
  });

  return () => unique++;
}
