import type { Tx } from "@/lib/bowtie/tx";
import { TABLE } from "../db/client";
import type { PlannedRow } from "../plan";
import { COLUMN_TYPES, quote, sqlText } from "./columns";
import { jsonOf, type WriteContext } from "./insert";

/**
 * Updates a chunk of matched records in one statement: only the mapped fields, a blank cell
 * (null here) keeping the current value, and every record's version bumped so that a form
 * opened before the import refuses to overwrite it. The same statement writes each record's
 * update audit entry with its values before and after: `old`, the table joined to itself,
 * is read from the snapshot before the UPDATE, so it holds the values being replaced.
 */
export async function updateChunk(tx: Tx, context: WriteContext, fields: readonly string[], rows: readonly PlannedRow[]): Promise<void> {
  const { kind } = context;
  const types = COLUMN_TYPES[kind];
  const columns = fields.filter((field) => field in types && field !== "type");
  const arrays = columns.map((field) => rows.map((row) => sqlText(row.values[field])));
  const params = columns.map((_, i) => `$${i + 7}::text[]`);
  const set = columns.map((field) => `${quote(field)} = COALESCE(u.${quote(field)}::${types[field]}, r.${quote(field)})`);
  const audited = [...columns, "version"];
  await tx.$executeRawUnsafe(
    `WITH changed AS (
       UPDATE ${TABLE[kind]} r SET ${[...set, "version = r.version + 1", `"updatedAt" = $5`].join(", ")}
         FROM unnest($1::int[]${params.map((param) => `, ${param}`).join("")}) AS u(id${columns.map((field) => `, ${quote(field)}`).join("")})
         JOIN ${TABLE[kind]} old ON old.id = u.id
        WHERE r.id = u.id
       RETURNING r.id, ${jsonOf(audited, "old")} AS before, ${jsonOf(audited, "r")} AS after
     )
     INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", before, after, "occurredAt")
     SELECT $2, $3, $4, changed.id::text, changed.before, changed.after || jsonb_build_object('importJobId', $6::int), $5 FROM changed`,
    rows.map((row) => row.id),
    context.actorId,
    `${kind.toLowerCase()}.update`,
    kind,
    context.at,
    context.jobId,
    ...arrays,
  );
}
