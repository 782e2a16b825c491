import type { RetentionMetrics } from "@/lib/metrics/queries/retention";

/** Whether any account paid in the covered months or the month before them: else the MRR sections have nothing to show. */
export function hasRevenue(metrics: RetentionMetrics): boolean {
  const bridge = metrics.periodBridge;
  return bridge !== null && bridge.customers.starting + bridge.customers.new + bridge.customers.reactivated > 0;
}
