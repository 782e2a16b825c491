import type { ListSpec } from "./spec";

/** The CSV export of a list's view: /api/records/leads?…, the list's own query string. */
export function exportPath(spec: ListSpec, query: string): string {
  const path = `/api/records${spec.path}`;
  return query ? `${path}?${query}` : path;
}
