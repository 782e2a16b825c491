import type { Sql } from "../db/client";
import { TABLE } from "../db/client";
import type { ImportKind } from "../kinds";
import type { PlannedRow } from "../plan";
import { chunks } from "./chunks";
import { COLUMN_TYPES, quote, rowsJson, rowsTable } from "./columns";

/**
 * A chunk of matched rows as SQL: the file's values as table `u` (the record's id, then the
 * mapped columns), compared column by column with the record `r` they match. The dry run
 * counts with it the records the file would change; the apply changes exactly those, so the
 * two agree on what "already up to date" means.
 */
export type MatchedChunk = {
  /** The rows as a table `u`, reading parameter $1. */
  table: string;
  /** $1: the rows. */
  param: string;
  /** The value a column takes: the file's, or the record's own (alias `r`) where the cell was blank. */
  next: (field: string) => string;
  /** True when some column of record `r` would change. */
  differs: string;
};

/** The mapped fields an update writes: the kind's columns, less a deal's type, which only a new deal takes. */
export function updatableColumns(kind: ImportKind, mappedFields: readonly string[]): string[] {
  return mappedFields.filter((field) => field in COLUMN_TYPES[kind] && field !== "type");
}

export function matchedChunk(kind: ImportKind, columns: readonly string[], rows: readonly PlannedRow[]): MatchedChunk {
  const next = (field: string) => `COALESCE(u.${quote(field)}, r.${quote(field)})`;
  return {
    table: rowsTable(kind, columns, 1, true),
    param: rowsJson(columns, rows, (row) => row.id),
    next,
    differs: columns.map((field) => `r.${quote(field)} IS DISTINCT FROM ${next(field)}`).join(" OR ") || "FALSE",
  };
}

/** How many of the matched rows would change their record, as the records are now. */
export async function countChanges(sql: Sql, kind: ImportKind, mappedFields: readonly string[], rows: readonly PlannedRow[]): Promise<number> {
  const columns = updatableColumns(kind, mappedFields);
  if (columns.length === 0) return 0;
  let changed = 0;
  for (const part of chunks(rows)) {
    const chunk = matchedChunk(kind, columns, part);
    const [found] = await sql.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${chunk.table} JOIN ${TABLE[kind]} r ON r.id = u.id WHERE ${chunk.differs}`,
      chunk.param,
    );
    changed += found?.n ?? 0;
  }
  return changed;
}
