import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role, Stage } from "@/generated/prisma/enums";
import { moveStageIn, type StageMove } from "@/lib/bowtie/move-stage";
import { assertCan, EDIT_ACTION } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PlainMessageKey } from "@/lib/i18n/translator";
import type { BulkMoveStageInput } from "@/lib/validation/bulk-action";
import { lockRecords } from "./lock-records";
import { BULK_MOVE_TARGETS, bulkMoveRefusal, type MoveRefusal } from "./move-rules";
import { BULK_TRANSACTION } from "./transaction";

export type BulkMoveResult = { moved: number; skipped: number; to: Stage };

const REFUSAL_MESSAGE: Record<MoveRefusal, PlainMessageKey> = {
  convertedLead: "recordBulk.refused.convertedLead",
  crossesKnot: "recordBulk.refused.crossesKnot",
  churned: "recordBulk.refused.churned",
};

/**
 * Moves every selected record to one stage with the user's reason, each through the stage
 * engine (its transition and `{kind}.stage` audit entry), all in one transaction: if any
 * record cannot move, none does. Records already in the stage are left alone and counted.
 * Which moves are allowed at all is decided in move-rules.ts.
 */
export async function bulkMoveStage(
  actor: { id: number; role: Role },
  { kind, ids, to, reason, versions }: BulkMoveStageInput,
  client: Pick<PrismaClient, "$transaction"> = db,
): Promise<BulkMoveResult> {
  assertCan(actor, EDIT_ACTION[kind]);
  if (!BULK_MOVE_TARGETS[kind].includes(to)) {
    throw new AppError("INVALID", `${kind} records are not moved to ${to} in bulk`, { messageKey: "recordBulk.stageNotAllowed" });
  }
  return client.$transaction(async (tx) => {
    const records = await lockRecords(tx, kind, ids);
    const moving = records.filter((record) => record.stage !== to);
    for (const record of moving) {
      const refusal = bulkMoveRefusal(kind, record, to);
      if (refusal) throw new AppError("INVALID", `${kind} ${record.id}: ${refusal}`, { messageKey: REFUSAL_MESSAGE[refusal] });
    }
    for (const record of moving) {
      // The kinds' moves differ only in their `data`, which a bulk move does not set.
      const move = { kind, id: record.id, to, reason, actorId: actor.id, expectedVersion: versions?.[record.id] } as StageMove;
      await moveStageIn(tx, move);
    }
    return { moved: moving.length, skipped: records.length - moving.length, to };
  }, BULK_TRANSACTION);
}
