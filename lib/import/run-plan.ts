import { readCsv, type CsvFile } from "./csv/read";
import { findExisting } from "./db/existing";
import type { Sql } from "./db/client";
import { loadReferenceData } from "./db/reference-data";
import type { ImportKind } from "./kinds";
import type { ColumnMapping } from "./mapping/headers";
import { collectKeys, prepareRows, type ExistingIndex, type PreparedRow } from "./plan";
import { buildReferences } from "./references";

export type PlanInput = { kind: ImportKind; file: Uint8Array; mapping: ColumnMapping };

/** A file read, its rows mapped and their references resolved, and the existing records its keys name. */
export type PreparedFile = { csv: CsvFile; prepared: PreparedRow[]; existing: ExistingIndex };

/**
 * Reads the stored file and looks up, against the database as it is now, everything its
 * rows name. The dry run and the apply both start here, on the same bytes, so the apply does
 * exactly what the dry run reported unless the records changed in between (and then it
 * reports that instead).
 */
export async function prepareImport(sql: Sql, input: PlanInput): Promise<PreparedFile> {
  const csv = readCsv(input.file);
  const refs = buildReferences(await loadReferenceData(sql, input.kind));
  const prepared = prepareRows(input.kind, csv.header, input.mapping, csv.records, refs);
  const existing = await findExisting(sql, input.kind, collectKeys(prepared));
  return { csv, prepared, existing };
}
