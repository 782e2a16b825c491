import { fieldChanges } from "@/lib/records/audit-changes";

export type ChangedFields = { fields: Set<string>; before: Record<string, unknown>; after: Record<string, unknown> };

/** What an edit changes, as its audit entry's before and after; null when it changes nothing. */
export function changedFields(current: Record<string, unknown>, next: Record<string, unknown>): ChangedFields | null {
  const changes = fieldChanges(current, next);
  if (changes.length === 0) return null;
  return {
    fields: new Set(changes.map((change) => change.field)),
    before: Object.fromEntries(changes.map((change) => [change.field, change.before])),
    after: Object.fromEntries(changes.map((change) => [change.field, change.after])),
  };
}
