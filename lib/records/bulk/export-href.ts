import type { EntityKind } from "@/generated/prisma/enums";
import { LIST_PATH } from "@/lib/records/paths";

/**
 * Where the bulk bar's Export button sends the ticked rows: a GET of the list's CSV route
 * with every `ids[]` (e.g. `/api/records/leads?ids%5B%5D=12&ids%5B%5D=40`).
 */
export function selectionExportHref(kind: EntityKind): string {
  return `/api/records${LIST_PATH[kind]}`;
}
