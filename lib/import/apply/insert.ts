import type { Tx } from "@/lib/bowtie/tx";
import { DEAL_ENTRY_STAGE } from "@/lib/bowtie/deals";
import { TABLE } from "../db/client";
import type { ImportKind } from "../kinds";
import type { PlannedRow } from "../plan";
import { COLUMN_TYPES, quote, rowsJson, rowsTable } from "./columns";

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
 * Inserts a chunk of new records and each one's create audit entry in one statement, and
 * returns the new ids, in one array (100,000 rows of one id each cost Prisma several times
 * more to read). The audit entries are built from the rows the INSERT returns, so the
 * records are not read back; an entry names the fields the record was given, leaving out
 * those it was created without.
 */
export async function insertChunk(tx: Tx, context: WriteContext, rows: readonly PlannedRow[]): Promise<number[]> {
  const { kind } = context;
  const fields = Object.keys(COLUMN_TYPES[kind]);
  const start = START[kind];
  const columns = [...fields, ...Object.keys(start)].map(quote).join(", ");
  const values = [...fields.map((field) => `u.${quote(field)}`), ...Object.values(start)].join(", ");
  const [created] = await tx.$queryRawUnsafe<{ ids: number[] }[]>(
    `WITH created AS (
       INSERT INTO ${TABLE[kind]} (${columns})
       SELECT ${values} FROM ${rowsTable(kind, fields, 1, false)}
       RETURNING ${["id", ...fields].map(quote).join(", ")}
     ), audited AS (
       INSERT INTO "AuditLog" ("actorId", action, "entityKind", "entityId", after, "occurredAt")
       SELECT $3, $4, $5, r.id::text, jsonb_strip_nulls(jsonb_build_object(${fields.map((field) => `'${field}', r.${quote(field)}`).join(", ")}, 'importJobId', $6::int)), $2
         FROM created r
     )
     SELECT array_agg(id ORDER BY id) AS ids FROM created`,
    rowsJson(fields, rows),
    context.at,
    context.actorId,
    `${kind.toLowerCase()}.create`,
    kind,
    context.jobId,
  );
  return created?.ids ?? [];
}
