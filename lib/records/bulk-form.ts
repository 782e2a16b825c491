import type { EntityKind } from "@/generated/prisma/enums";

/**
 * The id of a list's bulk-action form. Each row's checkbox names this form in its `form`
 * attribute (`name="ids[]"`), so the table and the action bar can sit apart in the page and
 * a submitted bulk action still carries exactly the rows that were ticked.
 */
export function bulkFormId(kind: EntityKind): string {
  return `bulk-${kind.toLowerCase()}`;
}
