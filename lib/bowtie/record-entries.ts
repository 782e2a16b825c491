import type { EntityKind } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Tx } from "./tx";

export type EntriesActor = { actorId: number | null; at: Date; reason: string };

// Where each kind's first transition takes its account, segment and source from: the same
// columns moveStageIn's CURRENT reads for a single record.
const ENTRY_SOURCE: Record<EntityKind, string> = {
  LEAD: `SELECT r.id, r."accountId", r."segmentId", r.source, r.stage FROM "Lead" r WHERE r.id = ANY($1::int[])`,
  CONTACT: `SELECT r.id, r."accountId", a."segmentId", NULL::"LeadSource", r.stage
              FROM "Contact" r LEFT JOIN "Account" a ON a.id = r."accountId" WHERE r.id = ANY($1::int[])`,
  ACCOUNT: `SELECT r.id, r.id, r."segmentId", NULL::"LeadSource", r.stage FROM "Account" r WHERE r.id = ANY($1::int[])`,
  DEAL: `SELECT r.id, r."accountId", a."segmentId", r.source, r.stage
           FROM "Deal" r JOIN "Account" a ON a.id = r."accountId" WHERE r.id = ANY($1::int[])`,
};

/**
 * Places many just-created records of one kind on the bow-tie in one statement: each gets
 * its first transition, from nowhere to the stage it was created in, as recordEntryIn
 * writes for one record. It lives in the engine so that the engine stays the only writer of
 * StageTransition; a bulk import of 100,000 records cannot afford 200,000 round trips, so
 * the same rule is written once as INSERT … SELECT. Call it in the transaction that created
 * the records. Returns how many transitions it wrote.
 */
export async function recordEntriesIn(tx: Tx, kind: EntityKind, ids: readonly number[], actor: EntriesActor): Promise<number> {
  if (ids.length === 0) return 0;
  // A record already on the bow-tie gets no second entry; a shortfall is told apart from a
  // missing record afterwards, on the failing path only, where the transaction is lost anyway.
  const written = await tx.$executeRawUnsafe(
    `INSERT INTO "StageTransition" ("entityKind", "entityId", "accountId", "segmentId", source, "fromStage", "toStage", "occurredAt", "actorId", reason)
     SELECT $2::"EntityKind", e.id, e."accountId", e."segmentId", e.source, NULL, e.stage, $3, $4, $5
       FROM (${ENTRY_SOURCE[kind]}) AS e(id, "accountId", "segmentId", source, stage)
      WHERE NOT EXISTS (SELECT 1 FROM "StageTransition" t WHERE t."entityKind" = $2::"EntityKind" AND t."entityId" = e.id)`,
    ids,
    kind,
    actor.at,
    actor.actorId,
    actor.reason,
  );
  if (written === ids.length) return written;
  const [found] = await tx.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM (${ENTRY_SOURCE[kind]}) AS e`, ids);
  const existing = found?.count ?? 0;
  if (existing < ids.length) throw new AppError("NOT_FOUND", `${ids.length - existing} of the ${kind} records do not exist`);
  throw new AppError("INVALID", `${ids.length - written} of the ${kind} records are already on the bow-tie`);
}
