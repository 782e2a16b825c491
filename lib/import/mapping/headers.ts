import { createHash } from "node:crypto";
import { importFields, type ImportKind } from "../kinds";
import { HEADER_ALIASES } from "./header-aliases";
import { normalizeName } from "./normalize";

/** For each column of a file, the record field it fills, or null when it is left out. */
export type ColumnMapping = (string | null)[];

const LOOKUP = new Map<ImportKind, Map<string, string>>();

function lookupFor(kind: ImportKind): Map<string, string> {
  let lookup = LOOKUP.get(kind);
  if (!lookup) {
    lookup = new Map();
    // The field's own name ("firstName", "companyDomain") is recognised too: a file written by
    // this app or by hand for it.
    for (const field of importFields(kind)) lookup.set(normalizeName(field), field);
    for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind])) {
      for (const alias of aliases) if (!lookup.has(normalizeName(alias))) lookup.set(normalizeName(alias), field);
    }
    LOOKUP.set(kind, lookup);
  }
  return lookup;
}

/**
 * The mapping a file's header suggests: each column to the field its name is known for. A
 * field is filled by one column only, the first that names it (a HubSpot export may carry
 * both "Email" and "Email Address"), and unknown columns are left out.
 */
export function suggestMapping(kind: ImportKind, header: readonly string[]): ColumnMapping {
  const lookup = lookupFor(kind);
  const taken = new Set<string>();
  return header.map((name) => {
    const field = lookup.get(normalizeName(name));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The identity of a header row: the same names in the same order, whatever their case or spacing. */
export function headerSignature(header: readonly string[]): string {
  return createHash("sha256").update(header.map(normalizeName).join("\u0000")).digest("hex").slice(0, 32);
}

/**
 * A mapping that fits the header and the kind: one entry per column, each a field of the
 * kind or null, no field twice. Anything else (a stale remembered mapping, a tampered
 * request) is null.
 */
export function checkMapping(kind: ImportKind, header: readonly string[], mapping: unknown): ColumnMapping | null {
  if (!Array.isArray(mapping) || mapping.length !== header.length) return null;
  const fields = new Set(importFields(kind));
  const seen = new Set<string>();
  for (const field of mapping) {
    if (field === null) continue;
    if (typeof field !== "string" || !fields.has(field) || seen.has(field)) return null;
    seen.add(field);
  }
  return mapping as ColumnMapping;
}

/** The fields a mapping fills, in column order. */
export function mappedFields(mapping: ColumnMapping): string[] {
  return mapping.filter((field): field is string => field !== null);
}
