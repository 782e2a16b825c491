import type { Prisma } from "@/generated/prisma/client";

type AuditClient = { auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput }) => Promise<unknown> } };

export type AuditEntry = {
  actorId: number | null;
  /** Verb in the form `entity.action`, e.g. `lead.update`, `user.locale`. */
  action: string;
  entityKind: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Records a write; call it with the same transaction client as the write itself. */
export async function audit(tx: AuditClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityKind: entry.entityKind,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other non-JSON values become their JSON form, as they would be stored anyway.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
