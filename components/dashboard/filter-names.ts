import type { Translate } from "@/lib/i18n/translator";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import type { SegmentOption } from "./filter-bar";

/** The chosen segments and sources by name, for a line that says what a view is filtered to. */
export function filterNames(filters: DashboardFilters, segments: readonly SegmentOption[], t: Translate): string[] {
  return [
    ...segments.filter((segment) => filters.segmentIds.includes(segment.id)).map((segment) => segment.name),
    ...filters.sources.map((source) => t(`leadSource.${source}`)),
  ];
}
