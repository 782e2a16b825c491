import "server-only";
import { revalidatePath } from "next/cache";
import type { EntityKind } from "@/generated/prisma/enums";
import { LIST_PATH, recordPath } from "@/lib/records/paths";

export type RecordRef = { kind: EntityKind; id: number };

/**
 * After a move the pages of every record it touched show stale stages, versions and
 * timelines; the list pages too. Revalidating them makes the action's response carry the
 * fresh page, so the form the user submitted from re-renders with the new state.
 */
export function revalidateRecords(...records: RecordRef[]): void {
  for (const { kind, id } of records) {
    revalidatePath(recordPath(kind, id));
    revalidatePath(LIST_PATH[kind]);
  }
}
