import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { AppError, withUniqueConflict } from "@/lib/errors";
import { changedFields } from "@/lib/settings/audit/changed-fields";
import type { TeamFields, UpdateTeamInput } from "./schema";

/*
 * Teams own stages in the sales-model matrix (StageOwner, ON DELETE RESTRICT) and have
 * members; the capacity dashboard sums their monthly capacity. Every write is audited in its
 * own transaction as `team.*` with the fields before and after.
 */

type Client = Pick<PrismaClient, "$transaction">;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const AUDIT_KIND = "TEAM";

const nameTaken = (cause?: unknown) =>
  new AppError("CONFLICT", "a team of that name exists", {
    messageKey: "settingsPeople.teams.nameTaken",
    fieldErrors: { name: ["settingsPeople.teams.nameTaken"] },
    cause,
  });

const notFound = (id: number) => new AppError("NOT_FOUND", `team ${id} does not exist`, { messageKey: "settingsPeople.teams.notFound" });

/** Two teams whose names differ only in case would be one team on every dashboard. */
async function assertNameFree(tx: Tx, name: string, exceptId: number | null): Promise<void> {
  const clash = await tx.team.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId !== null && { NOT: { id: exceptId } }) },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

const naming = <T>(write: () => Promise<T>) => withUniqueConflict(write, nameTaken);

export async function createTeam(input: TeamFields, actorId: number | null, client: Client = db): Promise<{ id: number }> {
  return naming(() =>
    client.$transaction(async (tx) => {
      await assertNameFree(tx, input.name, null);
      const team = await tx.team.create({ data: input, select: { id: true } });
      await audit(tx, { actorId, action: "team.create", entityKind: AUDIT_KIND, entityId: team.id, after: input });
      return team;
    }),
  );
}

/** Renames a team or changes its function or capacity; an unchanged form writes nothing. */
export async function updateTeam(input: UpdateTeamInput, actorId: number | null, client: Client = db): Promise<void> {
  const { id, ...fields } = input;
  await naming(() =>
    client.$transaction(async (tx) => {
      const current = await tx.team.findUnique({ where: { id }, select: { name: true, function: true, monthlyCapacity: true } });
      if (!current) throw notFound(id);
      const changed = changedFields(current, fields);
      if (!changed) return;
      if (changed.fields.has("name")) await assertNameFree(tx, fields.name, id);
      await tx.team.update({ where: { id }, data: fields });
      await audit(tx, { actorId, action: "team.update", entityKind: AUDIT_KIND, entityId: id, before: changed.before, after: changed.after });
    }),
  );
}

/**
 * Deletes a team that has no members and owns no stage. The team's row is locked first, so a
 * member or a stage owner added at the same moment either waits and then finds the team gone,
 * or commits first and is counted here.
 */
export async function deleteTeam(id: number, actorId: number | null, client: Client = db): Promise<void> {
  await client.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Team" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw notFound(id);
    const team = await tx.team.findUniqueOrThrow({
      where: { id },
      select: { name: true, function: true, monthlyCapacity: true, _count: { select: { members: true, stageOwners: true } } },
    });
    const { _count: holders, ...fields } = team;
    if (holders.members > 0 || holders.stageOwners > 0) {
      const messageKey =
        holders.members > 0 && holders.stageOwners > 0
          ? "settingsPeople.teams.heldByBoth"
          : holders.members > 0
            ? "settingsPeople.teams.heldByMembers"
            : "settingsPeople.teams.heldByStages";
      throw new AppError("CONFLICT", `team ${id} has ${holders.members} members and owns ${holders.stageOwners} stages`, { messageKey });
    }
    await tx.team.delete({ where: { id } });
    await audit(tx, { actorId, action: "team.delete", entityKind: AUDIT_KIND, entityId: id, before: fields });
  });
}
