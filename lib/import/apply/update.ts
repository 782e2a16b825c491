import type { Tx } from "@/lib/bowtie/tx";
import { TABLE } from "../db/client";
import type { PlannedRow } from "../plan";
import { matchedChunk, updatableColumns } from "./changes";
import { quote } from "./columns";
import type { WriteContext } from "./insert";

/**
 * Updates a chunk of matched records in one statement and returns how many it changed.
 * Only the mapped fields are written, a blank cell (null here) keeping the current value.
 * A record whose mapped values already equal the file's is left alone: rewriting it would
 * touch every one of its indexes, bump its version (refusing a form opened on identical
 * data) and log an audit entry that changes nothing. A changed record gets its version
 * bumped, so a form opened before the import refuses to overwrite it, and an audit entry
 * holding only the fields that changed, before and after: `old`, the table joined to itself,
 * is read from the snapshot before the UPDATE, so it holds the values being replaced.
 */
export async function updateChunk(tx: Tx, context: WriteContext, fields: readonly string[], rows: readonly PlannedRow[]): Promise<number> {
  const { kind } = context;
  const columns = updatableColumns(kind, fields);
  if (columns.length === 0) return 0;
  const chunk = matchedChunk(kind, columns, rows);
  const set = columns.map((field) => `${quote(field)} = ${chunk.next(field)}`);
  // Each changed field as its own one-key object, concatenated: the entry names nothing else.
  const changedOf = (alias: string) =>
    [...columns.map((field) => `CASE WHEN old.${quote(field)} IS DISTINCT FROM r.${quote(field)} THEN jsonb_build_object('${field}', ${alias}.${quote(field)}) ELSE '{}'::jsonb END`), `jsonb_build_object('version', ${alias}.version)`].join(" || ");
  return tx.$executeRawUnsafe(
    `WITH changed AS (
       UPDATE ${TABLE[kind]} r SET ${[...set, "version = r.version + 1", `"updatedAt" = $2`].join(", ")}
         FROM ${chunk.table}
         JOIN ${TABLE[kind]} old ON old.id = u.id
        WHERE r.id = u.id AND (${chunk.differs})
       RETURNING r.id, ${changedOf("old")} AS before, ${changedOf("r")} AS after
     )
     INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", before, after, "occurredAt")
     SELECT $3, $4, $5, changed.id::text, changed.before, changed.after || jsonb_build_object('importJobId', $6::int), $2 FROM changed`,
    chunk.param,
    context.at,
    context.actorId,
    `${kind.toLowerCase()}.update`,
    kind,
    context.jobId,
  );
}
