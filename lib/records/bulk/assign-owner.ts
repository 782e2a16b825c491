import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { assertCan, EDIT_ACTION } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { BulkAssignOwnerInput } from "@/lib/validation/bulk-action";
import { lockRecords, recordTable } from "./lock-records";
import { BULK_TRANSACTION } from "./transaction";

export type BulkAssignResult = { assigned: number; skipped: number; owner: string };

/**
 * Gives every selected record one owner, in one transaction: each changed record gets a new
 * version and its own `{kind}.update` audit entry (owner before → after). Records the owner
 * already has are left untouched and counted.
 */
export async function bulkAssignOwner(
  actor: { id: number; role: Role },
  { kind, ids, ownerId }: BulkAssignOwnerInput,
  client: Pick<PrismaClient, "$transaction"> = db,
): Promise<BulkAssignResult> {
  assertCan(actor, EDIT_ACTION[kind]);
  return client.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { name: true, active: true } });
    if (!owner?.active) throw new AppError("INVALID", `user ${ownerId} is not an active user`, { messageKey: "recordBulk.ownerInactive" });

    const records = await lockRecords(tx, kind, ids);
    const changing = records.filter((record) => record.ownerId !== ownerId);
    if (changing.length > 0) {
      await tx.$executeRaw`
        UPDATE ${recordTable(kind)} SET "ownerId" = ${ownerId}, version = version + 1, "updatedAt" = now()
         WHERE id = ANY(${changing.map((record) => record.id)}::int[])`;
    }
    for (const record of changing) {
      await audit(tx, {
        actorId: actor.id,
        action: `${kind.toLowerCase()}.update`,
        entityKind: kind,
        entityId: record.id,
        before: { ownerId: record.ownerId, version: record.version },
        after: { ownerId, version: record.version + 1 },
      });
    }
    return { assigned: changing.length, skipped: records.length - changing.length, owner: owner.name };
  }, BULK_TRANSACTION);
}

