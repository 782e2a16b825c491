import { Prisma } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError } from "@/lib/errors";

export type LockedRecord = { stage: string; status: string | null; version: number };

const LOCK: Record<Exclude<EntityKind, "CONTACT">, (id: number) => Prisma.Sql> = {
  LEAD: (id) => Prisma.sql`SELECT stage::text, status::text, version FROM "Lead" WHERE id = ${id} FOR UPDATE`,
  ACCOUNT: (id) => Prisma.sql`SELECT stage::text, NULL::text AS status, version FROM "Account" WHERE id = ${id} FOR UPDATE`,
  DEAL: (id) => Prisma.sql`SELECT stage::text, status::text, version FROM "Deal" WHERE id = ${id} FOR UPDATE`,
};

/**
 * Locks the record a move starts from and checks it is still the version the page showed,
 * before anything is written: a stale page gets a conflict and the record stays as it is.
 * `allowed` then decides, on the locked state, whether the move still makes sense.
 */
export async function lockForMove(
  tx: Tx,
  kind: keyof typeof LOCK,
  move: { id: number; version: number },
  allowed: (record: LockedRecord) => boolean,
): Promise<LockedRecord> {
  const [record] = await tx.$queryRaw<LockedRecord[]>(LOCK[kind](move.id));
  if (!record) throw new AppError("NOT_FOUND", `${kind} ${move.id} does not exist`);
  if (record.version !== move.version) {
    throw new AppError("CONFLICT", `${kind} ${move.id} is at version ${record.version}, the page had ${move.version}`, {
      messageKey: "recordDetail.moves.stale",
    });
  }
  if (!allowed(record)) {
    throw new AppError("INVALID", `${kind} ${move.id} in ${record.stage}/${record.status ?? "-"} does not allow this move`, {
      messageKey: "recordDetail.moves.notAllowed",
    });
  }
  return record;
}
