import type { z } from "zod";
import { readCsv, type CsvFile } from "./csv/read";
import { findExisting } from "./db/existing";
import type { Sql } from "./db/client";
import { loadReferenceData } from "./db/reference-data";
import type { ImportKind } from "./kinds";
import type { ColumnMapping } from "./mapping/headers";
import { collectKeys, planRows, prepareRows, type ImportPlan } from "./plan";
import { buildReferences } from "./references";

export type PlanInput = { kind: ImportKind; file: Uint8Array; mapping: ColumnMapping };

/**
 * Reads the stored file and decides every row against the database as it is now. The dry
 * run and the apply both call this, on the same bytes, so the apply does exactly what the
 * dry run reported unless the records changed in between (and then it reports that instead).
 */
export async function planImport(sql: Sql, input: PlanInput, errorMap?: z.core.$ZodErrorMap): Promise<ImportPlan & { csv: CsvFile }> {
  const csv = readCsv(input.file);
  const refs = buildReferences(await loadReferenceData(sql, input.kind));
  const prepared = prepareRows(input.kind, csv.header, input.mapping, csv.records, refs);
  const existing = await findExisting(sql, input.kind, collectKeys(prepared));
  return { ...planRows(input.kind, csv.header, input.mapping, prepared, existing, errorMap), csv };
}
