import type { CohortView, RetentionChart } from "@/lib/validation/retention-view";

export type { RetentionChart };

/** The page's own URL with the dashboard filters `query` and one more parameter. */
function withParam(path: string, query: string, name: string, value: string): string {
  const params = new URLSearchParams(query);
  params.set(name, value);
  return `${path}?${params}`;
}

/** The CSV of one chart's data, for the same filters. */
export function retentionCsvHref(query: string, chart: RetentionChart): string {
  return withParam("/api/dashboard/retention.csv", query, "chart", chart);
}

/** This page with the heatmap showing `view`, keeping the filters. */
export function cohortViewHref(query: string, view: CohortView): string {
  return withParam("/dashboard/retention", query, "cohorts", view);
}

/** A month's ISO first instant as the YYYY-MM a drill-down takes. */
export function monthKey(month: string): string {
  return month.slice(0, 7);
}
