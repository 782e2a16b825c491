/** One field of a record as an audit entry saw it change; values are as stored in the entry's JSON. */
export type FieldChange = { field: string; before: unknown; after: unknown };

// Bookkeeping the engine writes into entries, not something a person changed.
const IGNORED = new Set(["version", "direction", "id"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an audit entry changed, before → after, in the order the entry names them. A
 * create has no `before`, so every field it set is a change from nothing; a field missing on
 * one side was not touched on that side and reads as nothing.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  return fields
    .filter((field) => !IGNORED.has(field) && !same(from[field], to[field]))
    .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}
