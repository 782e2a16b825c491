import { hash, verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, runAction, signInAs } from "../support/action-session";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

process.env.NEXTAUTH_SECRET = "account-matrix-test-secret";

const CURRENT = "nykyinen salasana on tämä";
const NEW = "ja uusi salasana on tämä";

/**
 * Who may change a password from My account, from the issue ("every role may change only
 * their own password"), not from the permission module: every role may call the action, and
 * it changes the caller's password whatever user id the input names.
 */
describe("who may change which password from My account", () => {
  let database: TestDatabase;
  let actions: typeof import("@/lib/account/actions");
  let users: Record<Role, { id: number }>;
  let bystander: { id: number };

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    actions = await import("@/lib/account/actions");
    const passwordHash = await hash(CURRENT);
    const create = (email: string, role: Role) => database.prisma.user.create({ data: { email, name: email, role, passwordHash }, select: { id: true } });
    users = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await create(`${role.toLowerCase()}@account.test`, role)]))) as Record<Role, { id: number }>;
    bystander = await create("bystander@account.test", "SALES");
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  const hashOf = async (id: number) => (await database.prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash;
  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit,
             (SELECT md5(string_agg(id || "passwordHash" || coalesce("sessionsValidFrom"::text, '-'), ',' ORDER BY id)) FROM "User") AS users`;
  const changeNaming = (id: number) =>
    runAction(actions.changePasswordAction, formData({ id, userId: id, currentPassword: CURRENT, newPassword: NEW, confirmPassword: NEW }));

  it.each(ROLES)("%s: allowed, and only their own password changes, even when the input names another user", async (role) => {
    const caller = users[role];
    const bystanderHash = await hashOf(bystander.id);
    const audited = await database.prisma.auditLog.count({ where: { actorId: caller.id } });
    signInAs(caller);
    expect(await changeNaming(bystander.id)).toMatchObject({ ok: true });
    expect(await verify(await hashOf(caller.id), NEW)).toBe(true);
    expect(await hashOf(bystander.id)).toBe(bystanderHash);
    expect(await database.prisma.auditLog.findMany({ where: { actorId: caller.id }, skip: audited })).toEqual([
      expect.objectContaining({ action: "user.changePassword", entityId: String(caller.id) }),
    ]);
  });

  it("signed out: UNAUTHENTICATED, nothing written", async () => {
    signInAs(null);
    const before = await footprint();
    expect(await changeNaming(bystander.id)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await footprint()).toEqual(before);
  });

  it("a deactivated user is refused like someone signed out", async () => {
    const gone = await database.prisma.user.create({ data: { email: "gone@account.test", name: "Gone", role: "SALES", passwordHash: await hash(CURRENT), active: false } });
    signInAs(gone);
    const before = await footprint();
    expect(await changeNaming(gone.id)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await footprint()).toEqual(before);
  });
});
