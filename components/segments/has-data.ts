import type { Translate } from "@/lib/i18n/translator";
import type { SegmentEconomicsRow } from "@/lib/metrics/queries/economics";

/** Whether any segment has an input recorded in the period: spend, customers, revenue or won deals. */
function hasEconomicsData(rows: readonly SegmentEconomicsRow[]): boolean {
  return rows.some(
    (row) =>
      row.newCustomers > 0 ||
      row.payingCustomers > 0 ||
      row.customerMonths > 0 ||
      row.salesCycle.deals > 0 ||
      (row.salesSpendMinor ?? 0) + (row.marketingSpendMinor ?? 0) > 0,
  );
}

/** Why an economics section has nothing to show (no segment in scope, or no input recorded); null when it has. */
export function economicsEmptyMessage(
  rows: readonly SegmentEconomicsRow[],
  t: Translate,
  noData: "segments.economicsEmpty" | "segments.inputsEmpty",
): string | null {
  if (rows.length === 0) return t("segments.noSegments");
  return hasEconomicsData(rows) ? null : t(noData);
}
