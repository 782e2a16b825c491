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

  await updateRecord(tx, move, current.version);
  const transition = await tx.stageTransition.create({
    data: {
      entityKind: move.kind,
      entityId: move.id,
      accountId: current.accountId,
      segmentId: current.segmentId,
      source: current.source,
      fromStage: current.stage,
      toStage: move.to,
      occurredAt: move.at ?? new Date(),
      actorId: move.actorId,
      reason: move.reason ?? null,
      criteriaVersionId: move.criteriaVersionId ?? null,
    },
    select: { id: true },
  });
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
  return { transitionId: transition.id, from: current.stage, to: move.to, version: current.version + 1 };
}

/** Moves one record in a transaction of its own. */
export function moveStage(client: PrismaClient, move: StageMove): Promise<MoveResult> {
  return client.$transaction((tx) => moveStageIn(tx, move));
}

function jsonSafe(data: object | undefined): Record<string, unknown> {
  return data ? (JSON.parse(JSON.stringify(data)) as Record<string, unknown>) : {};
}
