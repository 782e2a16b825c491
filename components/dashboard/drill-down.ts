import type { BowtieStage } from "@/lib/bowtie/stages";
import type { Period } from "@/lib/metrics/period";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";

/** The accounts behind a stage's volume: those that entered `stage` in the period, within the same filters. */
export function stageAccountsHref(stage: BowtieStage, period: Period, filters: DashboardFilters): string {
  const params = new URLSearchParams({ stage, enteredFrom: period.start.toISOString(), enteredTo: period.end.toISOString() });
  for (const id of filters.segmentIds) params.append("segment", String(id));
  for (const source of filters.sources) params.append("source", source);
  return `/accounts?${params}`;
}
