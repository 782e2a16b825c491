import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { lockOpenVersion, lockSegment } from "./lock";
import type { MqlDraftFields } from "./schema";
import { OPEN_STATUSES } from "./versions";

export type DraftActor = { actorId: number };

// Long enough for a busy segment lock; far shorter than a request.
const TX = { timeout: 15_000 } as const;

/**
 * A new version of the segment's agreement, as a draft numbered after every version the
 * segment has kept. A segment has at most one open draft, so that approvers never weigh two
 * competing texts: a second one is refused until the first is activated or discarded.
 */
export function createDraft(client: PrismaClient, segmentId: number, fields: MqlDraftFields, actor: DraftActor): Promise<number> {
  return client.$transaction(async (tx) => {
    await lockSegment(tx, segmentId);
    const open = await tx.mqlCriteria.findFirst({ where: { segmentId, status: { in: [...OPEN_STATUSES] } }, select: { version: true } });
    if (open) throw new AppError("CONFLICT", `segment ${segmentId} already has draft v${open.version}`, { messageKey: "settingsMql.error.openDraft" });
    const { _max } = await tx.mqlCriteria.aggregate({ where: { segmentId }, _max: { version: true } });
    const version = (_max.version ?? 0) + 1;
    const { id } = await tx.mqlCriteria.create({ data: { segmentId, version, status: "DRAFT", ...fields, createdById: actor.actorId }, select: { id: true } });
    await audit(tx, { actorId: actor.actorId, action: "mql.draft.create", entityKind: "MqlCriteria", entityId: id, after: { segmentId, version, status: "DRAFT", ...fields } });
    return id;
  }, TX);
}

/**
 * Changes a draft. Approvals are of a text, so a draft that one side had already approved
 * loses that approval and goes back to DRAFT: both sides approve what is activated.
 */
export function updateDraft(client: PrismaClient, id: number, base: string, fields: MqlDraftFields, actor: DraftActor): Promise<void> {
  return client.$transaction(async (tx) => {
    const current = await lockOpenVersion(tx, id, base);
    const reset = current.approvals.length;
    if (reset) await tx.mqlApproval.deleteMany({ where: { criteriaId: id } });
    await tx.mqlCriteria.update({ where: { id }, data: { ...fields, status: "DRAFT" } });
    await audit(tx, {
      actorId: actor.actorId,
      action: "mql.draft.update",
      entityKind: "MqlCriteria",
      entityId: id,
      before: { status: current.status, ...current.fields, approvals: current.approvals.map(({ side, userId }) => ({ side, userId })) },
      after: { status: "DRAFT", ...fields, approvals: [] },
    });
  }, TX);
}

/**
 * Throws a draft away; what it said stays in the audit log. Versions are numbered among
 * those kept, so the next draft takes the discarded one's number.
 */
export function discardDraft(client: PrismaClient, id: number, base: string, actor: DraftActor): Promise<void> {
  return client.$transaction(async (tx) => {
    const current = await lockOpenVersion(tx, id, base);
    await tx.mqlCriteria.delete({ where: { id } });
    await audit(tx, {
      actorId: actor.actorId,
      action: "mql.draft.discard",
      entityKind: "MqlCriteria",
      entityId: id,
      before: { segmentId: current.segmentId, version: current.version, status: current.status, ...current.fields },
    });
  }, TX);
}
