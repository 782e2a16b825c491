import "server-only";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { AppError, withUniqueConflict } from "@/lib/errors";
import { changedFields } from "@/lib/settings/audit/changed-fields";
import { brokenAccessRule } from "./admin-rules";
import { generatePassword } from "./password";
import { userPath } from "./paths";
import type { UpdateUserInput, UserFields } from "./schema";

/*
 * Users are never deleted: records they own, stage transitions they made and audit entries
 * stay attributed to them; a user who leaves is deactivated. Every write is audited in its
 * own transaction as `user.*`; a password never reaches the audit log, only that it was set.
 */

type Client = Pick<PrismaClient, "$transaction">;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const AUDIT_KIND = "USER";

const notFound = (id: number) => new AppError("NOT_FOUND", `user ${id} does not exist`, { messageKey: "settingsPeople.users.notFound" });

const emailTaken = (holder: { id: number; name: string } | null, cause?: unknown) =>
  new AppError("CONFLICT", "a user with that email exists", {
    messageKey: "settingsPeople.users.emailTaken",
    fieldErrors: { email: ["settingsPeople.users.emailTaken"] },
    fieldLinks: holder ? { email: { href: userPath(holder.id), label: holder.name } } : undefined,
    cause,
  });

/** Emails are stored in lower case, so an exact match finds the address in any case. */
async function assertEmailFree(tx: Tx, email: string, exceptId: number | null): Promise<void> {
  const holder = await tx.user.findFirst({
    where: { email: email.toLowerCase(), ...(exceptId !== null && { NOT: { id: exceptId } }) },
    select: { id: true, name: true },
  });
  if (holder) throw emailTaken(holder);
}

async function assertTeamExists(tx: Tx, teamId: number | null): Promise<void> {
  if (teamId === null) return;
  if (!(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) {
    throw new AppError("INVALID", `team ${teamId} does not exist`, { fieldErrors: { teamId: ["validation.reference"] } });
  }
}

/** Two writes of one new email at once collide only at the unique index on lower(email). */
const withUniqueEmail = <T>(write: () => Promise<T>) => withUniqueConflict(write, (cause) => emailTaken(null, cause));

type Access = { role: Role; active: boolean };

/**
 * Locks the user and every active admin, and refuses a change of the user's role or active
 * state that breaks an admin rule. Holding the admins' rows means two admins demoting or
 * deactivating each other at once are serialised, so the second sees one admin left.
 */
async function checkAccessChange(tx: Tx, actorId: number | null, id: number, next: (current: Access) => Access): Promise<Access> {
  const rows = await tx.$queryRaw<{ id: number; role: Role; active: boolean }[]>`
    SELECT id, role::text AS role, active FROM "User"
     WHERE id = ${id} OR (role = 'ADMIN' AND active)
     ORDER BY id FOR UPDATE`;
  const target = rows.find((row) => row.id === id);
  if (!target) throw notFound(id);
  const activeAdmins = rows.filter((row) => row.role === "ADMIN" && row.active).length;
  const rule = brokenAccessRule({ actorId, target, next: next(target), activeAdmins });
  if (rule) {
    throw new AppError("CONFLICT", `user ${id}: ${rule}`, {
      messageKey: `settingsPeople.users.rule.${rule}`,
      fieldErrors: rule === "selfDemote" || rule === "lastAdmin" ? { role: [`settingsPeople.users.rule.${rule}`] } : undefined,
    });
  }
  return target;
}

/** Creates a user with a generated password, returned once for the admin to hand over. */
export async function createUser(input: UserFields, actorId: number | null, client: Client = db): Promise<{ id: number; name: string; password: string }> {
  const password = generatePassword();
  const passwordHash = await hash(password);
  const user = await withUniqueEmail(() =>
    client.$transaction(async (tx) => {
      await assertEmailFree(tx, input.email, null);
      await assertTeamExists(tx, input.teamId);
      const created = await tx.user.create({ data: { ...input, passwordHash, active: true }, select: { id: true } });
      await audit(tx, { actorId, action: "user.create", entityKind: AUDIT_KIND, entityId: created.id, after: { ...input, active: true } });
      return created;
    }),
  );
  return { id: user.id, name: input.name, password };
}

/** Changes a user's name, email, role, team or language; an unchanged form writes nothing. */
export async function updateUser(input: UpdateUserInput, actorId: number | null, client: Client = db): Promise<void> {
  const { id, ...fields } = input;
  await withUniqueEmail(() =>
    client.$transaction(async (tx) => {
      await checkAccessChange(tx, actorId, id, (current) => ({ role: fields.role, active: current.active }));
      const current = await tx.user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, role: true, teamId: true, locale: true } });
      const changed = changedFields(current, fields);
      if (!changed) return;
      if (changed.fields.has("email")) await assertEmailFree(tx, fields.email, id);
      if (changed.fields.has("teamId")) await assertTeamExists(tx, fields.teamId);
      await tx.user.update({ where: { id }, data: fields });
      await audit(tx, { actorId, action: "user.update", entityKind: AUDIT_KIND, entityId: id, before: changed.before, after: changed.after });
    }),
  );
}

/**
 * Deactivates or reactivates a user. A deactivated user cannot sign in, and a session they
 * already have resolves to nobody on its next request (getCurrentUser reads `active`). The
 * deactivation also moves sessionsValidFrom, so reactivating the user later does not bring
 * back a session that was open when they were shut out.
 */
export async function setUserActive(input: { id: number; active: boolean }, actorId: number | null, client: Client = db): Promise<void> {
  await client.$transaction(async (tx) => {
    const current = await checkAccessChange(tx, actorId, input.id, (user) => ({ role: user.role, active: input.active }));
    if (current.active === input.active) return;
    await tx.user.update({ where: { id: input.id }, data: { active: input.active, ...(!input.active && { sessionsValidFrom: new Date() }) } });
    await audit(tx, {
      actorId,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityKind: AUDIT_KIND,
      entityId: input.id,
      before: { active: current.active },
      after: { active: input.active },
    });
  });
}

/**
 * Replaces a user's password with a generated one, returned once, and ends every session the
 * user has open (sessionsValidFrom), as whoever knew the old password may hold one. The audit
 * entry says only that it happened.
 */
export async function resetPassword(id: number, actorId: number | null, client: Client = db): Promise<{ password: string }> {
  const password = generatePassword();
  const passwordHash = await hash(password);
  await client.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id }, data: { passwordHash, sessionsValidFrom: new Date() } });
    if (updated.count === 0) throw notFound(id);
    await audit(tx, { actorId, action: "user.resetPassword", entityKind: AUDIT_KIND, entityId: id });
  });
  return { password };
}
