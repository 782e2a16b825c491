import { drillHref, type DrillParams } from "@/lib/drill/href";
import type { DrillKey } from "@/lib/drill/registry";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";

/**
 * The records behind one segment's figure: the dashboard filters narrowed to that segment,
 * which is how the grouped figure counted it.
 */
export function segmentDrillHref(key: DrillKey, segmentId: number, filters: DashboardFilters, params: DrillParams = {}): string {
  return drillHref(key, params, { ...filters, segmentIds: [segmentId] });
}
