import type { SegmentOption } from "@/components/dashboard/filter-bar";

/** A segment's name in the user's language, or its key when the filter options do not hold it. */
export function segmentName(segments: readonly SegmentOption[], id: number, key: string): string {
  return segments.find((segment) => segment.id === id)?.name ?? key;
}
