import type { EntityKind } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { recordEntryIn } from "@/lib/bowtie/move-stage";
import type { Tx } from "@/lib/bowtie/tx";
import { auditPrefix } from "./kinds";

/**
 * The rest of creating an account or a contact, for which the engine has no create of its
 * own: the audit entry and the first transition that places the new record on the bow-tie.
 */
export async function enterCreatedIn(tx: Tx, kind: EntityKind, id: number, values: object, actorId: number | null, reason: string): Promise<void> {
  await audit(tx, { actorId, action: `${auditPrefix(kind)}.create`, entityKind: kind, entityId: id, after: values });
  await recordEntryIn(tx, { kind, id, actorId, reason });
}
