import { fieldChanges, type FieldChange } from "@/lib/records/audit-changes";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Nested objects as dotted paths (`size.min`), so a change deep inside reads as that one field. */
function flatten(value: unknown, prefix: string, into: Record<string, unknown>): Record<string, unknown> {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix || value !== undefined) {
    // A bare value (not an object) is the entry's one field, "value".
    into[prefix || "value"] = value;
  }
  return into;
}

/**
 * What an audit entry changed, field by field, before → after: nested objects compared path
 * by path, unchanged fields left out, a create's fields from nothing and a delete's to nothing.
 */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  return fieldChanges(before == null ? null : flatten(before, "", {}), after == null ? null : flatten(after, "", {}));
}
