import type { SegmentEconomicsRow } from "@/lib/metrics/queries/economics";

/** Whether any segment has an input recorded in the period: spend, customers, revenue or won deals. */
export function hasEconomicsData(rows: readonly SegmentEconomicsRow[]): boolean {
  return rows.some(
    (row) =>
      row.newCustomers > 0 ||
      row.payingCustomers > 0 ||
      row.customerMonths > 0 ||
      row.salesCycle.deals > 0 ||
      (row.salesSpendMinor ?? 0) + (row.marketingSpendMinor ?? 0) > 0,
  );
}
