import { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/bowtie/tx";
import type { AssignmentFlow } from "@/lib/metrics/segment-assignment";
import { accountTargetSql, unattachedLeadTargetSql } from "./rule-sql";

/** The audit entry that sums up a re-assignment, and the one each moved record gets. */
export const REASSIGNMENT_ENTITY = { entityKind: "SegmentRules", entityId: "reassignment" } as const;
export const REASSIGN_ACTION = "segment.reassign";
export const REASSIGNMENT_ACTION = "segment.reassignment";

type Segment = { id: number; key: string; minEmployees: number | null; maxEmployees: number | null; minDealAmountMinor: number | null; maxDealAmountMinor: number | null };

export type Reassignment = { accounts: AssignmentFlow<number>[]; leads: AssignmentFlow<number>[]; segments: { id: number; key: string }[] };

// Whoever re-assigns second waits for the first and then finds nothing left to move.
const REASSIGN_LOCK = 72_707_370;

/**
 * Moves every account, and every lead, to the segment the saved rules now give it, in the
 * caller's transaction: one set-based statement per kind that updates only what moves,
 * bumps its version (an edit form opened before will name the change) and writes an audit
 * entry per moved record (segmentId before → after, so the record's history shows it).
 * A lead follows its account; a lead without one is placed by its own employee count. The
 * run is summed up in one more entry: records moved per from → to.
 */
export async function reassignSegmentsIn(tx: Tx, actorId: number | null, at: Date = new Date()): Promise<Reassignment> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REASSIGN_LOCK}::bigint)::text`;
  // Locked so that no rule changes while records move by it.
  const segments = await tx.$queryRaw<Segment[]>`
    SELECT id, key, "minEmployees", "maxEmployees", "minDealAmountMinor", "maxDealAmountMinor" FROM "Segment" ORDER BY priority FOR UPDATE`;
  const ids = segments.map((segment) => segment.id);
  const account = accountTargetSql(segments, ids);

  const accounts = await moveRecords(tx, "Account", Prisma.sql`
    SELECT a.id, a."segmentId" AS before, x.after
      FROM "Account" a ${account.join}, LATERAL (SELECT ${account.target} AS after) x
     WHERE x.after IS DISTINCT FROM a."segmentId"`, actorId, at);
  // After the accounts, so a lead reads its account's new segment.
  const leads = await moveRecords(tx, "Lead", Prisma.sql`
    SELECT l.id, l."segmentId" AS before, x.after
      FROM "Lead" l LEFT JOIN "Account" a ON a.id = l."accountId",
           LATERAL (SELECT CASE WHEN l."accountId" IS NULL THEN ${unattachedLeadTargetSql(segments, ids)} ELSE a."segmentId" END AS after) x
     WHERE x.after IS DISTINCT FROM l."segmentId"`, actorId, at);

  const result: Reassignment = { accounts, leads, segments: segments.map(({ id, key }) => ({ id, key })) };
  await audit(tx, { actorId, action: REASSIGNMENT_ACTION, ...REASSIGNMENT_ENTITY, after: { ...result, at: at.toISOString() } });
  return result;
}

/**
 * Moves the records `target` lists (id, before, after) in one statement: the new segment, a
 * bumped version, an audit entry each; answers with the count per from → to.
 */
function moveRecords(tx: Tx, table: "Account" | "Lead", target: Prisma.Sql, actorId: number | null, at: Date) {
  const kind = table === "Account" ? "ACCOUNT" : "LEAD";
  return tx.$queryRaw<AssignmentFlow<number>[]>(Prisma.sql`
    WITH target AS (${target}), moved AS (
      UPDATE ${Prisma.raw(`"${table}"`)} r SET "segmentId" = t.after, version = r.version + 1, "updatedAt" = ${at}
        FROM target t WHERE r.id = t.id
      RETURNING r.id, t.before, t.after, r.version
    ), logged AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", before, after, "occurredAt")
      SELECT ${actorId}::int, ${REASSIGN_ACTION}, ${kind}, id::text,
             jsonb_build_object('segmentId', before, 'version', version - 1),
             jsonb_build_object('segmentId', after, 'version', version), ${at}
        FROM moved
    )
    SELECT before AS "from", after AS "to", count(*)::int AS records FROM moved GROUP BY 1, 2 ORDER BY 1, 2`);
}
