import type { CohortView } from "@/lib/validation/retention-view";

/** This page with the heatmap showing `view`, keeping the filters. */
export function cohortViewHref(query: string, view: CohortView): string {
  const params = new URLSearchParams(query);
  params.set("cohorts", view);
  return `/dashboard/retention?${params}`;
}
