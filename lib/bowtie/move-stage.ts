import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { EntityKind, LeadSource, Stage } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { moveDirection } from "./stages";

type Tx = Prisma.TransactionClient;

type MoveBase = {
  id: number;
  to: Stage;
  actorId: number | null;
  reason?: string;
  /** When the move happened; defaults to the database's now(). */
  at?: Date;
  /** The MQL criteria version that decided a qualification move. */
  criteriaVersionId?: number;
  /** The version the caller read; a different current version is a conflict. */
  expectedVersion?: number;
};

/** A stage move of one record, with the other fields that change together with it. */
export type StageMove =
  | (MoveBase & { kind: "LEAD"; data?: Prisma.LeadUncheckedUpdateInput })
  | (MoveBase & { kind: "CONTACT"; data?: Prisma.ContactUncheckedUpdateInput })
  | (MoveBase & { kind: "ACCOUNT"; data?: Prisma.AccountUncheckedUpdateInput })
  | (MoveBase & { kind: "DEAL"; data?: Prisma.DealUncheckedUpdateInput });

export type MoveResult = { transitionId: number; from: Stage | null; to: Stage; version: number };

type Current = { stage: Stage; accountId: number | null; segmentId: number | null; source: LeadSource | null; version: number };

// Each kind's row is locked so that two concurrent moves cannot both start from the same
// stage; segment and source are read here so the transition carries them.
const CURRENT: Record<EntityKind, (id: number) => Prisma.Sql> = {
  LEAD: (id) => Prisma.sql`
    SELECT stage, "accountId", "segmentId", source, version FROM "Lead" WHERE id = ${id} FOR UPDATE`,
  CONTACT: (id) => Prisma.sql`
    SELECT c.stage, c."accountId", a."segmentId", NULL::"LeadSource" AS source, c.version
      FROM "Contact" c LEFT JOIN "Account" a ON a.id = c."accountId" WHERE c.id = ${id} FOR UPDATE OF c`,
  ACCOUNT: (id) => Prisma.sql`
    SELECT stage, id AS "accountId", "segmentId", NULL::"LeadSource" AS source, version
      FROM "Account" WHERE id = ${id} FOR UPDATE`,
  DEAL: (id) => Prisma.sql`
    SELECT d.stage, d."accountId", a."segmentId", d.source, d.version
      FROM "Deal" d JOIN "Account" a ON a.id = d."accountId" WHERE d.id = ${id} FOR UPDATE OF d`,
};

async function updateRecord(tx: Tx, move: StageMove, version: number) {
  const base = { stage: move.to, version: version + 1 };
  const where = { id: move.id };
  switch (move.kind) {
    case "LEAD":
      return tx.lead.update({ where, data: { ...move.data, ...base }, select: { id: true } });
    case "CONTACT":
      return tx.contact.update({ where, data: { ...move.data, ...base }, select: { id: true } });
    case "ACCOUNT":
      return tx.account.update({ where, data: { ...move.data, ...base }, select: { id: true } });
    case "DEAL":
      return tx.deal.update({ where, data: { ...move.data, ...base }, select: { id: true } });
  }
}

/**
 * Moves one record to another stage inside the caller's transaction: the record change, its
 * one StageTransition and its audit entry commit or fail together. Skips, backward moves and
 * churn are allowed; they are recorded as they happened.
 */
export async function moveStageIn(tx: Tx, move: StageMove): Promise<MoveResult> {
  const [current] = await tx.$queryRaw<Current[]>(CURRENT[move.kind](move.id));
  if (!current) throw new AppError("NOT_FOUND", `${move.kind} ${move.id} does not exist`);
  if (move.expectedVersion !== undefined && move.expectedVersion !== current.version) {
    throw new AppError(
      "CONFLICT",
      `${move.kind} ${move.id} was changed by someone else (version ${current.version}, you had ${move.expectedVersion})`,
    );
  }
  if (current.stage === move.to) {
    throw new AppError("INVALID", `${move.kind} ${move.id} is already in ${move.to}`);
  }
  await refuseBackdating(tx, move);

  await updateRecord(tx, move, current.version);
  const transitionId = await writeTransition(tx, move, current, current.stage);
  await audit(tx, {
    actorId: move.actorId,
    action: `${move.kind.toLowerCase()}.stage`,
    entityKind: move.kind,
    entityId: move.id,
    before: { stage: current.stage, version: current.version },
    after: {
      ...jsonSafe(move.data),
      stage: move.to,
      version: current.version + 1,
      direction: moveDirection(current.stage, move.to),
      reason: move.reason,
    },
  });
  return { transitionId, from: current.stage, to: move.to, version: current.version + 1 };
}

export type StageEntry = Omit<MoveBase, "to" | "expectedVersion"> & { kind: EntityKind };

/**
 * Places a just-created record on the bow-tie: its first transition, from nowhere to the
 * stage it was created in. Call it in the transaction that created the record.
 */
export async function recordEntryIn(tx: Tx, entry: StageEntry): Promise<MoveResult> {
  const [current] = await tx.$queryRaw<Current[]>(CURRENT[entry.kind](entry.id));
  if (!current) throw new AppError("NOT_FOUND", `${entry.kind} ${entry.id} does not exist`);
  const [prior] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "StageTransition"
     WHERE "entityKind" = ${entry.kind}::"EntityKind" AND "entityId" = ${entry.id}`;
  if (prior && prior.count > 0) throw new AppError("INVALID", `${entry.kind} ${entry.id} is already on the bow-tie`);
  const transitionId = await writeTransition(tx, { ...entry, to: current.stage }, current, null);
  return { transitionId, from: null, to: current.stage, version: current.version };
}

/**
 * The log must stay in time order for durations to pair entries with exits, so a move dated
 * before the record's latest transition is refused.
 */
async function refuseBackdating(tx: Tx, move: MoveBase & { kind: EntityKind }) {
  if (!move.at) return;
  const [latest] = await tx.$queryRaw<{ at: Date | null }[]>`
    SELECT max("occurredAt") AS at FROM "StageTransition"
     WHERE "entityKind" = ${move.kind}::"EntityKind" AND "entityId" = ${move.id}`;
  if (latest?.at && move.at < latest.at) {
    throw new AppError("INVALID", `${move.kind} ${move.id} moved last at ${latest.at.toISOString()}; a move cannot be dated before it`);
  }
}

async function writeTransition(
  tx: Tx,
  move: Omit<MoveBase, "expectedVersion"> & { kind: EntityKind },
  current: Current,
  from: Stage | null,
): Promise<number> {
  const transition = await tx.stageTransition.create({
    data: {
      entityKind: move.kind,
      entityId: move.id,
      accountId: current.accountId,
      segmentId: current.segmentId,
      source: current.source,
      fromStage: from,
      toStage: move.to,
      occurredAt: move.at ?? new Date(),
      actorId: move.actorId,
      reason: move.reason ?? null,
      criteriaVersionId: move.criteriaVersionId ?? null,
    },
    select: { id: true },
  });
  return transition.id;
}

/** Moves one record in a transaction of its own. */
export function moveStage(client: PrismaClient, move: StageMove): Promise<MoveResult> {
  return client.$transaction((tx) => moveStageIn(tx, move));
}

function jsonSafe(data: object | undefined): Record<string, unknown> {
  return data ? (JSON.parse(JSON.stringify(data)) as Record<string, unknown>) : {};
}
