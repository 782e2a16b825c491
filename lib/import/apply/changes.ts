import type { Sql } from "../db/client";
import { TABLE } from "../db/client";
import type { ImportKind } from "../kinds";
import type { PlannedRow } from "../plan";
import { chunks } from "./chunks";
import { COLUMN_TYPES, quote, sqlText } from "./columns";

/**
 * A chunk of matched rows as SQL: the file's values unnested as `u` (the record's id, then a
 * text array per column), compared column by column with the record they match. The dry run
 * counts with it the records the file would change; the apply changes exactly those, so the
 * two agree on what "unchanged" means.
 */
export type MatchedChunk = {
  columns: string[];
  /** `unnest(…) AS u(id, …)`, its parameters numbered from 1. */
  unnest: string;
  /** The ids, then one text array per column. */
  params: unknown[];
  /** The value a column takes: the file's, or the record's own (alias `r`) where the cell was blank. */
  next: (field: string) => string;
  /** True when some column of record `r` would change. */
  differs: string;
};

/** The mapped fields an update writes: the kind's columns, less a deal's type, which only a new deal takes. */
export function updatableColumns(kind: ImportKind, mappedFields: readonly string[]): string[] {
  const types = COLUMN_TYPES[kind];
  return mappedFields.filter((field) => field in types && field !== "type");
}

export function matchedChunk(kind: ImportKind, columns: readonly string[], rows: readonly PlannedRow[]): MatchedChunk {
  const types = COLUMN_TYPES[kind];
  const next = (field: string) => `COALESCE(u.${quote(field)}::${types[field]}, r.${quote(field)})`;
  const arrays = columns.map((field) => rows.map((row) => sqlText(row.values[field])));
  return {
    columns: [...columns],
    unnest: `unnest($1::int[]${columns.map((_, i) => `, $${i + 2}::text[]`).join("")}) AS u(id${columns.map((field) => `, ${quote(field)}`).join("")})`,
    params: [rows.map((row) => row.id), ...arrays],
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
      `SELECT count(*)::int AS n FROM ${chunk.unnest} JOIN ${TABLE[kind]} r ON r.id = u.id WHERE ${chunk.differs}`,
      ...chunk.params,
    );
    changed += found?.n ?? 0;
  }
  return changed;
}
