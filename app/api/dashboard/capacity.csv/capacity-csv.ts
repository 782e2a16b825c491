import { toCsv } from "@/lib/csv/write";
import type { CapacityMetrics } from "@/lib/metrics/queries/capacity";

export const CAPACITY_CSV_HEADER = [
  "record_kind",
  "stage",
  "period_start",
  "period_end",
  "months",
  "entered",
  "moved_on_to_next",
  "conversion_to_next",
  "inflow_per_month",
  "capacity_per_month",
  "utilisation",
  "handled_per_month",
  "lost_per_month",
  "output_per_month",
  "bottleneck",
  "owning_teams",
] as const;

/**
 * Capacity chains as CSV, one row per kind and stage, unformatted (ratios as decimals, stages
 * and kinds by their code, an empty capacity for a stage without a limit) so a spreadsheet
 * reads the numbers in any language. Owning teams are their names, separated by "; ".
 */
export function capacityCsv(chains: readonly CapacityMetrics[]): string {
  const rows = chains.flatMap((capacity) =>
    capacity.counts.map((counts, index, all) => {
      const stage = capacity.stages[index]!;
      const flow = capacity.flow.stages[index]!;
      // The chain's last stage has no next within it (the flow counts it as passing all on).
      const last = index === all.length - 1;
      return [
        capacity.kind,
        counts.stage,
        capacity.period.start,
        capacity.period.end,
        capacity.months,
        counts.entered,
        counts.movedOn,
        last ? null : stage.conversion,
        flow.inflow,
        stage.capacity,
        capacity.utilisation[index]?.utilisation ?? null,
        flow.handled,
        flow.lost,
        flow.output,
        capacity.flow.bottleneck?.index === index,
        (capacity.owners[counts.stage] ?? []).map((team) => team.name).join("; "),
      ];
    }),
  );
  return toCsv(CAPACITY_CSV_HEADER, rows);
}
