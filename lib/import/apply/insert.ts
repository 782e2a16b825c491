import type { Tx } from "@/lib/bowtie/tx";
import { DEAL_ENTRY_STAGE } from "@/lib/bowtie/deals";
import { TABLE } from "../db/client";
import type { ImportKind } from "../kinds";
import type { PlannedRow } from "../plan";
import { COLUMN_TYPES, quote, sqlText } from "./columns";

export type WriteContext = { kind: ImportKind; actorId: number | null; at: Date; jobId: number };

// What a new record of each kind starts as, besides its imported fields: the columns the
// engine's create functions set (createLeadIn, openDealIn). A deal's stage comes from its type.
const dealEntryStage = `CASE u.type ${Object.entries(DEAL_ENTRY_STAGE)
  .map(([type, stage]) => `WHEN '${type}' THEN '${stage}'`)
  .join(" ")} END::"Stage"`;
const START: Record<ImportKind, Record<string, string>> = {
  LEAD: { stage: `'AWARENESS'`, status: `'NEW'`, createdAt: "$2", updatedAt: "$2" },
  CONTACT: { stage: `'AWARENESS'`, createdAt: "$2", updatedAt: "$2" },
  ACCOUNT: { stage: `'AWARENESS'`, createdAt: "$2", updatedAt: "$2" },
  DEAL: { stage: dealEntryStage, status: `'OPEN'`, openedAt: "$2", createdAt: "$2", updatedAt: "$2" },
};

/**
 * Ids for the new records, taken from the table's own sequence before the insert, so every
 * later statement can name them. They come back as one array in one row: 100,000 rows of
 * one id each cost Prisma several times more to read.
 */
export async function allocateIds(tx: Tx, kind: ImportKind, count: number): Promise<number[]> {
  if (count === 0) return [];
  const [row] = await tx.$queryRawUnsafe<{ ids: number[] }[]>(
    `SELECT array_agg(nextval(pg_get_serial_sequence('${TABLE[kind]}', 'id'))::int) AS ids FROM generate_series(1, $1::int)`,
    count,
  );
  return row!.ids;
}

/**
 * Inserts a chunk of new records and each one's create audit entry in one statement: the
 * values travel as text arrays, unnested and cast, and the audit entries are built from the
 * rows the INSERT returns, so the records are not read back a second time.
 */
export async function insertChunk(tx: Tx, context: WriteContext, rows: readonly PlannedRow[], ids: readonly number[]): Promise<void> {
  const { kind } = context;
  const types = COLUMN_TYPES[kind];
  const fields = Object.keys(types);
  const arrays = fields.map((field) => rows.map((row) => sqlText(row.values[field])));
  const params = fields.map((field, i) => `$${i + 7}::text[]`);
  const start = START[kind];
  const columns = ["id", ...fields, ...Object.keys(start)].map(quote).join(", ");
  const values = ["u.id", ...fields.map((field) => `u.${quote(field)}::${types[field]}`), ...Object.values(start)].join(", ");
  await tx.$executeRawUnsafe(
    `WITH created AS (
       INSERT INTO ${TABLE[kind]} (${columns})
       SELECT ${values} FROM unnest($1::int[], ${params.join(", ")}) AS u(id, ${fields.map(quote).join(", ")})
       RETURNING ${["id", ...fields].map(quote).join(", ")}
     )
     INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", after, "occurredAt")
     SELECT $3, $4, $5, r.id::text, ${jsonOf(fields, "r")} || jsonb_build_object('importJobId', $6::int), $2 FROM created r`,
    ids,
    context.at,
    context.actorId,
    `${kind.toLowerCase()}.create`,
    kind,
    context.jobId,
    ...arrays,
  );
}

/** The fields of a record row as one JSON object, for its audit entry. */
export function jsonOf(fields: readonly string[], alias: string): string {
  return `jsonb_build_object(${fields.map((field) => `'${field}', ${alias}.${quote(field)}`).join(", ")})`;
}
