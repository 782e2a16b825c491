import type { EntityKind } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/validation/saved-view";

/**
 * Where the bulk bar's Export button sends the ticked rows: a GET of the list's CSV route
 * with every `ids[]` (e.g. `/api/records/leads.csv?ids%5B%5D=12&ids%5B%5D=40`).
 */
export function selectionExportHref(kind: EntityKind): string {
  return `/api/records${LIST_PATH[kind]}.csv`;
}
