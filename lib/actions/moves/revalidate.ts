import "server-only";
import { revalidatePath } from "next/cache";

const PATH = { LEAD: "/leads", CONTACT: "/contacts", ACCOUNT: "/accounts", DEAL: "/deals" } as const;

export type RecordRef = { kind: keyof typeof PATH; id: number };

/**
 * After a move the pages of every record it touched show stale stages, versions and
 * timelines; the list pages too. Revalidating them makes the action's response carry the
 * fresh page, so the form the user submitted from re-renders with the new state.
 */
export function revalidateRecords(...records: RecordRef[]): void {
  for (const { kind, id } of records) {
    revalidatePath(`${PATH[kind]}/${id}`);
    revalidatePath(PATH[kind]);
  }
}
