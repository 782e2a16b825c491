import { dashboardQueryString, type DashboardFilters } from "@/lib/validation/dashboard-filters";
import type { DrillKey } from "./registry";

export type DrillParams = Record<string, string | number | undefined>;

/** Where the drill-down list lives. */
export const DRILL_PATH = "/dashboard/records";

/**
 * The list of the records behind a figure: the drill-down's key and parameters plus the
 * dashboard's filters, so the list selects exactly what the figure counted.
 */
export function drillHref(key: DrillKey, params: DrillParams, filters: DashboardFilters): string {
  const query = new URLSearchParams(dashboardQueryString(filters));
  query.set("drill", key);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  return `${DRILL_PATH}?${query}`;
}
