import { Prisma } from "@/generated/prisma/client";
import type { EntityKind, Stage } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";

export type LockedRecord = { id: number; stage: Stage; status: string | null; ownerId: number | null; version: number };

const TABLE: Record<EntityKind, Prisma.Sql> = {
  LEAD: Prisma.raw(`"Lead"`),
  CONTACT: Prisma.raw(`"Contact"`),
  ACCOUNT: Prisma.raw(`"Account"`),
  DEAL: Prisma.raw(`"Deal"`),
};

// Only leads and deals have a status; the others read as null.
const STATUS: Record<EntityKind, Prisma.Sql> = {
  LEAD: Prisma.raw(`status::text`),
  CONTACT: Prisma.raw(`NULL::text`),
  ACCOUNT: Prisma.raw(`NULL::text`),
  DEAL: Prisma.raw(`status::text`),
};

export function recordTable(kind: EntityKind): Prisma.Sql {
  return TABLE[kind];
}

/**
 * Locks the selected records for the rest of the transaction, in id order so that two bulk
 * actions over overlapping selections wait for each other instead of deadlocking. A record
 * that no longer exists fails the whole action: the list the user ticked is out of date.
 */
export async function lockRecords(tx: Tx, kind: EntityKind, ids: readonly number[]): Promise<LockedRecord[]> {
  const rows = await tx.$queryRaw<LockedRecord[]>`
    SELECT id, stage, ${STATUS[kind]} AS status, "ownerId", version
      FROM ${TABLE[kind]} WHERE id = ANY(${[...ids]}::int[]) ORDER BY id FOR UPDATE`;
  if (rows.length !== new Set(ids).size) {
    throw new AppError("NOT_FOUND", `${ids.length - rows.length} of the ${kind} records do not exist`, { messageKey: "recordBulk.missing" });
  }
  return rows;
}
