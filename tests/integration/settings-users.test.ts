import { verify } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, runAction, signInAs } from "../support/action-session";
import { authenticate } from "@/lib/auth/credentials";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AccountDeactivatedError } from "@/lib/auth/sign-in-errors";
import { createUserAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/settings/users/actions";
import { setUserActive, updateUser } from "@/lib/settings/users/writes";
import type { TestDatabase } from "../support/test-database";

describe("users", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let admin: CurrentUser;
  let teamId: number;

  beforeAll(async () => {
    database = testDatabase();
    admin = await createSessionUser(database.prisma, "ADMIN", { name: "Aino" });
    teamId = (await database.prisma.team.create({ data: { name: "SDR", function: "SDR", monthlyCapacity: 700 } })).id;
  });

  let n = 0;
  const newUser = (fields: Record<string, unknown> = {}) => ({ name: `Anna ${++n}`, email: `anna.${n}@kuura.fi`, role: "SALES", teamId: String(teamId), locale: "fi", ...fields });
  const create = async (fields: Record<string, unknown> = {}) => {
    signInAs(admin);
    const outcome = await runAction(createUserAction, formData(newUser(fields)));
    if (!outcome.ok || !("data" in outcome)) throw new Error(`creating a user failed: ${JSON.stringify(outcome)}`);
    return outcome.data;
  };
  const auditOf = (id: number) => database.prisma.auditLog.findMany({ where: { entityKind: "USER", entityId: String(id) }, orderBy: { id: "asc" } });
  const footprint = async () => ({
    users: await database.prisma.user.findMany({ orderBy: { id: "asc" } }),
    audit: await database.prisma.auditLog.count(),
  });

  it("creates a user with a generated password that signs them in, stores the email in lower case, and never audits the password", async () => {
    signInAs(admin);
    const outcome = await runAction(createUserAction, formData({ name: " Ville Koski ", email: "Ville.Koski@Kuura.FI", role: "MARKETING", teamId, locale: "fi" }));

    expect(outcome).toMatchObject({ ok: true, data: { id: expect.any(Number), name: "Ville Koski", password: expect.stringMatching(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/) } });
    const { id, password } = (outcome as { data: { id: number; password: string } }).data;
    const stored = await database.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ email: "ville.koski@kuura.fi", role: "MARKETING", teamId, locale: "fi", active: true });
    expect(await verify(stored.passwordHash, password)).toBe(true);
    expect(await authenticate({ email: "VILLE.KOSKI@kuura.fi", password })).toMatchObject({ id, role: "MARKETING" });

    const [created] = await auditOf(id);
    expect(created).toMatchObject({ actorId: admin.id, action: "user.create", after: { name: "Ville Koski", email: "ville.koski@kuura.fi", role: "MARKETING", teamId, locale: "fi", active: true } });
    expect(JSON.stringify(await database.prisma.auditLog.findMany())).not.toContain(password);
    expect(JSON.stringify(created)).not.toContain("passwordHash");
  });

  it("refuses an email another user has, in any case, pointing to that user, and changes nothing", async () => {
    const existing = await create({ email: "pekka@kuura.fi", name: "Pekka" });
    const before = await footprint();
    signInAs(admin);
    const outcome = await runAction(createUserAction, formData(newUser({ email: "PEKKA@Kuura.fi" })));
    expect(outcome).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: ["A user with this email already exists."] },
      fieldLinks: { email: { href: `/settings/users/${existing.id}`, label: "Pekka" } },
    });
    expect(await footprint()).toEqual(before);
  });

  it("keeps emails unique in any case in the database itself, whoever writes the row", async () => {
    await create({ email: "liisa@kuura.fi" });
    await expect(database.prisma.user.create({ data: { email: "Liisa@Kuura.fi", name: "Liisa 2", role: "SALES", passwordHash: "-" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it.each([
    ["a malformed email", { email: "anna@" }, { email: ["Enter an email address like name@company.fi."] }],
    ["an unknown role", { role: "OWNER" }, { role: ["Choose one of the options."] }],
    ["a team that does not exist", { teamId: "999999" }, { teamId: ["Choose one from the list."] }],
  ])("refuses %s with a translated field message and changes nothing", async (_label, change, fieldErrors) => {
    const before = await footprint();
    signInAs(admin);
    expect(await runAction(createUserAction, formData(newUser(change)))).toMatchObject({ ok: false, code: "INVALID", fieldErrors });
    expect(await footprint()).toEqual(before);
  });

  it("edits name, email, role, team and language, auditing before and after of what changed", async () => {
    const { id } = await create({ name: "Emma", email: "emma@kuura.fi" });
    signInAs(admin);
    const outcome = await runAction(updateUserAction, formData({ id, name: "Emma Nieminen", email: "Emma.Nieminen@kuura.fi", role: "LEADERSHIP", teamId: "", locale: "en" }));
    expect(outcome).toMatchObject({ ok: true });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Emma Nieminen", email: "emma.nieminen@kuura.fi", role: "LEADERSHIP", teamId: null, locale: "en" });
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "user.update",
      before: { name: "Emma", email: "emma@kuura.fi", role: "SALES", teamId, locale: "fi" },
      after: { name: "Emma Nieminen", email: "emma.nieminen@kuura.fi", role: "LEADERSHIP", teamId: null, locale: "en" },
    });
  });

  it("refuses an admin deactivating or demoting themselves, and changes nothing", async () => {
    const before = await footprint();
    signInAs(admin);
    expect(await runAction(setUserActiveAction, formData({ id: admin.id, active: "false" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "You cannot deactivate yourself. Another admin can do it.",
    });
    expect(await runAction(updateUserAction, formData({ id: admin.id, name: admin.name, email: admin.email, role: "SALES", teamId: "", locale: "en" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { role: ["You cannot take the admin role from yourself. Another admin can do it."] },
    });
    expect(await footprint()).toEqual(before);
  });

  it("refuses to deactivate or demote the last active admin", async () => {
    // Only the system (no signed-in admin) can reach it: a signed-in admin is stopped by the self rules first.
    const before = await footprint();
    await expect(setUserActive({ id: admin.id, active: false }, null)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "settingsPeople.users.rule.lastAdmin" });
    await expect(updateUser({ id: admin.id, name: admin.name, email: admin.email, role: "SALES", teamId: null, locale: "en" }, null)).rejects.toMatchObject({
      messageKey: "settingsPeople.users.rule.lastAdmin",
    });
    expect(await footprint()).toEqual(before);
  });

  it("lets exactly one of two admins demoting each other at the same moment win, so an admin is left", async () => {
    const other = await createSessionUser(database.prisma, "ADMIN", { name: "Olli" });
    const third = await createSessionUser(database.prisma, "ADMIN", { name: "Tiina" });
    await database.prisma.user.update({ where: { id: admin.id }, data: { active: false } });
    try {
      // Two active admins left; each deactivates the other.
      const results = await Promise.allSettled([setUserActive({ id: third.id, active: false }, other.id), setUserActive({ id: other.id, active: false }, third.id)]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(await database.prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    } finally {
      await database.prisma.user.updateMany({ where: { id: { in: [admin.id, other.id, third.id] } }, data: { active: true } });
    }
  });

  it("deactivates a user: their session resolves to nobody, the right password is refused with its own reason, and their history stays theirs", async () => {
    const created = await create({ email: "sara@kuura.fi", name: "Sara" });
    const lead = await database.prisma.lead.create({ data: { firstName: "Kalle", lastName: "Owned", source: "WEB", ownerId: created.id } });
    signInAs({ id: created.id });
    expect(await getCurrentUser()).toMatchObject({ id: created.id });
    await authenticate({ email: "sara@kuura.fi", password: created.password });
    const signIns = await database.prisma.auditLog.count({ where: { actorId: created.id } });

    signInAs(admin);
    expect(await runAction(setUserActiveAction, formData({ id: created.id, active: "false" }))).toMatchObject({ ok: true });
    expect((await auditOf(created.id)).at(-1)).toMatchObject({ actorId: admin.id, action: "user.deactivate", before: { active: true }, after: { active: false } });

    signInAs({ id: created.id });
    expect(await getCurrentUser()).toBeNull();
    expect(await runAction(updateUserAction, formData({ id: created.id, name: "x", email: "x@x.fi", role: "ADMIN", locale: "en" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await expect(authenticate({ email: "sara@kuura.fi", password: created.password })).rejects.toBeInstanceOf(AccountDeactivatedError);
    expect(await authenticate({ email: "sara@kuura.fi", password: "not-the-password" })).toBeNull();

    expect(await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ ownerId: created.id });
    expect(await database.prisma.auditLog.count({ where: { actorId: created.id } })).toBe(signIns);

    signInAs(admin);
    expect(await runAction(setUserActiveAction, formData({ id: created.id, active: "true" }))).toMatchObject({ ok: true });
    expect((await auditOf(created.id)).at(-1)).toMatchObject({ action: "user.reactivate", before: { active: false }, after: { active: true } });
    expect(await authenticate({ email: "sara@kuura.fi", password: created.password })).toMatchObject({ id: created.id });
  });

  it("resets a password: the old one stops working, the new one works, and the audit entry holds neither", async () => {
    const created = await create({ email: "juho@kuura.fi" });
    signInAs(admin);
    const outcome = await runAction(resetPasswordAction, formData({ id: created.id }));
    expect(outcome).toMatchObject({ ok: true, data: { password: expect.any(String) } });
    const { password } = (outcome as { data: { password: string } }).data;
    expect(password).not.toBe(created.password);
    expect(await authenticate({ email: "juho@kuura.fi", password: created.password })).toBeNull();
    expect(await authenticate({ email: "juho@kuura.fi", password })).toMatchObject({ id: created.id });
    expect((await auditOf(created.id)).filter((entry) => entry.action === "user.resetPassword")).toEqual([
      expect.objectContaining({ actorId: admin.id, before: null, after: null }),
    ]);
    const log = JSON.stringify(await database.prisma.auditLog.findMany());
    expect(log).not.toContain(password);
    expect(log).not.toContain(created.password);
  });

  it("refuses an admin's reset of their own password, which would sign them out, and changes nothing", async () => {
    signInAs(admin);
    const before = await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true, sessionsValidFrom: true } });
    expect(await runAction(resetPasswordAction, formData({ id: admin.id }))).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "Your own password is changed in My account, with your current password.",
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true, sessionsValidFrom: true } })).toEqual(before);
    expect((await auditOf(admin.id)).filter((entry) => entry.action === "user.resetPassword")).toEqual([]);
  });

  it("answers a user who does not exist with not found", async () => {
    signInAs(admin);
    expect(await runAction(resetPasswordAction, formData({ id: 999_999 }))).toMatchObject({ ok: false, code: "NOT_FOUND", message: "That user does not exist." });
    expect(await runAction(setUserActiveAction, formData({ id: 999_999, active: "false" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
