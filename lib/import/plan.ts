import { z } from "zod";
import type { CsvRecord } from "./csv/parser";
import { KIND_SPECS, type ImportKind } from "./kinds";
import type { ColumnMapping } from "./mapping/headers";
import { normalizeDomain } from "@/lib/validation/records/parse";
import type { References } from "./references";
import { valueReaders } from "./row-values";

/** Why a row cannot be imported: the row as the file counts it, the column, and a catalog key (or zod's own text). */
export type RowError = { row: number; column: string | null; field: string | null; message: string; params?: Record<string, string | number> };

export type KeyName = "email" | "domain" | "externalId";

/** A row read, mapped and with its references resolved, before it is matched and validated. */
export type PreparedRow = {
  row: number;
  values: Record<string, unknown>;
  /** The fields whose cell was blank: an update leaves them as they are. */
  blank: Set<string>;
  keys: Partial<Record<KeyName, string>>;
  errors: RowError[];
};

/** A valid row and what it does: create a record (id null) or update the one it matched. */
export type PlannedRow = { row: number; id: number | null; values: Record<string, unknown> };

/** `matched` counts the valid rows that name an existing record, whether or not they change it. */
export type ImportPlan = { rows: PlannedRow[]; errors: RowError[]; created: number; matched: number; rejectedRows: number };

/** Existing records by the keys the file names: key → normalised value → record id. */
export type ExistingIndex = Record<KeyName, Map<string, number>>;

const KEY_READERS: Record<KeyName, (text: string) => string> = {
  email: (text) => text.trim().toLowerCase(),
  domain: (text) => normalizeDomain(text),
  externalId: (text) => text.trim(),
};

const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/** Maps each record's cells to fields, reads enum values and references, and notes its keys. */
export function prepareRows(kind: ImportKind, header: readonly string[], mapping: ColumnMapping, records: readonly CsvRecord[], refs: References): PreparedRow[] {
  const readers = valueReaders(refs);
  const spec = KIND_SPECS[kind];
  const mapped = mapping.flatMap((field, column) => (field ? [{ field, column }] : []));
  return records.map(({ row, cells }) => {
    const values: Record<string, unknown> = {};
    const blank = new Set<string>();
    const keys: PreparedRow["keys"] = {};
    const errors: RowError[] = [];
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== "")) {
      errors.push({ row, column: null, field: null, message: "import.error.extraCells", params: { expected: header.length, found: cells.length } });
    }
    for (const { field, column } of mapped) {
      // The rejected-rows download guards formula-like cells with a leading apostrophe; a
      // fixed file uploaded again gets the value back without it.
      const text = (cells[column] ?? "").replace(FORMULA_GUARD, "");
      if (text.trim() === "") {
        blank.add(field);
        values[field] = "";
        continue;
      }
      const read = readers[field];
      const result = read ? read(text) : { value: text };
      if ("error" in result) errors.push({ row, column: header[column]!, field, message: result.error, params: result.params });
      else values[field] = result.value;
      if ((spec.keys as readonly string[]).includes(field)) keys[field as KeyName] = KEY_READERS[field as KeyName](text);
    }
    return { row, values, blank, keys, errors };
  });
}

/** The key values of the rows, for looking up the records they match. */
export function collectKeys(rows: readonly PreparedRow[]): Record<KeyName, string[]> {
  const keys: Record<KeyName, Set<string>> = { email: new Set(), domain: new Set(), externalId: new Set() };
  for (const row of rows) for (const [name, value] of Object.entries(row.keys)) if (value) keys[name as KeyName].add(value);
  return { email: [...keys.email], domain: [...keys.domain], externalId: [...keys.externalId] };
}

/** Plans the rows of a file in order, a slice at a time; each call returns the plan of its slice. */
export type RowPlanner = (prepared: readonly PreparedRow[]) => ImportPlan;

/**
 * Decides each row: which record it updates (by external id, email or domain) or that it
 * creates one, and whether it is valid under the same schema as the record's form: the
 * create schema for a new record, the mapped fields alone for an update. A later row that
 * repeats a key or targets a record an earlier row already does is an error, so the file
 * means one thing whatever order it is applied in; the planner remembers the keys and
 * records of the slices it has planned, so a file planned in slices means the same.
 */
export function rowPlanner(
  kind: ImportKind,
  header: readonly string[],
  mapping: ColumnMapping,
  existing: ExistingIndex,
  errorMap?: z.core.$ZodErrorMap,
): RowPlanner {
  const spec = KIND_SPECS[kind];
  const columnOf = new Map(mapping.flatMap((field, column) => (field ? [[field, header[column]!] as const] : [])));
  const mappedFields = [...columnOf.keys()];
  // An update checks only the cells it changes: a blank cell keeps the record's value.
  const update = spec.fields.pick(Object.fromEntries(mappedFields.map((field) => [field, true])) as Record<string, true>).partial();
  const seenKeys: Record<KeyName, Map<string, number>> = { email: new Map(), domain: new Map(), externalId: new Map() };
  const seenTargets = new Map<number, number>();
  return (prepared) => {
    const rows: PlannedRow[] = [];
    const errors: RowError[] = [];
    let created = 0;
    let matched = 0;
    let rejectedRows = 0;

    for (const row of prepared) {
      const rowErrors = [...row.errors];
      const error = (field: string | null, message: string, params?: RowError["params"]) =>
        rowErrors.push({ row: row.row, column: field ? (columnOf.get(field) ?? null) : null, field, message, params });

      const matches = new Set<number>();
      for (const name of spec.keys) {
        const value = row.keys[name];
        if (!value) continue;
        const earlier = seenKeys[name].get(value);
        if (earlier !== undefined) error(name, "import.error.duplicateInFile", { row: earlier });
        else seenKeys[name].set(value, row.row);
        const id = existing[name].get(value);
        if (id !== undefined) matches.add(id);
      }
      if (matches.size > 1) error(null, "import.error.keysConflict");
      const id = matches.size === 1 ? [...matches][0]! : null;
      if (id !== null) {
        const earlier = seenTargets.get(id);
        if (earlier !== undefined) error(null, "import.error.sameRecord", { row: earlier });
        else seenTargets.set(id, row.row);
      }

      const schema = id === null ? spec.create : update;
      const input = id === null ? row.values : Object.fromEntries(Object.entries(row.values).filter(([field]) => !row.blank.has(field)));
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        // The language's error map slows every parse several times over, so it is used only to
        // word the issues of a row already known to fail.
        const worded = errorMap ? schema.safeParse(input, { error: errorMap }) : parsed;
        for (const issue of (worded.error ?? parsed.error).issues) {
          const field = typeof issue.path[0] === "string" ? issue.path[0] : null;
          // A field already reported by its reader (an unknown owner) needs no second reason.
          if (field && row.errors.some((e) => e.field === field)) continue;
          error(field, issue.message);
        }
      }
      if (rowErrors.length > 0) {
        errors.push(...rowErrors);
        rejectedRows++;
        continue;
      }
      const values = parsed.data as Record<string, unknown>;
      // Blank cells leave an existing record's value as it is, as a CRM import does; only a
      // new record takes the schema's reading of a blank (null, false, the default).
      if (id !== null) for (const field of row.blank) values[field] = null;
      rows.push({ row: row.row, id, values });
      if (id === null) created++;
      else matched++;
    }
    return { rows, errors, created, matched, rejectedRows };
  };
}

/** The plan of a whole file's rows at once. */
export function planRows(
  kind: ImportKind,
  header: readonly string[],
  mapping: ColumnMapping,
  prepared: readonly PreparedRow[],
  existing: ExistingIndex,
  errorMap?: z.core.$ZodErrorMap,
): ImportPlan {
  return rowPlanner(kind, header, mapping, existing, errorMap)(prepared);
}
