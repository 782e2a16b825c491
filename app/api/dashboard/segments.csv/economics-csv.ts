import { REPORTING_CURRENCY } from "@/components/funnel/format";
import { toCsv } from "@/lib/csv/write";
import { economicsGaps } from "@/lib/metrics/economics-gaps";
import type { EconomicsMetrics } from "@/lib/metrics/queries/economics";

export const ECONOMICS_CSV_HEADER = [
  "segment_key",
  "period_start",
  "period_end",
  "as_of",
  "currency",
  "sales_spend_minor",
  "marketing_spend_minor",
  "new_customers",
  "cac_minor",
  "cac_missing_reason",
  "paying_customers",
  "mrr_minor",
  "arpa_minor",
  "churned_customers",
  "customer_months",
  "monthly_logo_churn",
  "gross_margin",
  "ltv_minor",
  "ltv_missing_reason",
  "ltv_to_cac",
  "payback_months",
  "new_deals_won",
  "average_deal_size_minor",
  "sales_cycle_median_days",
  "sales_cycle_mean_days",
] as const;

/**
 * The unit economics per segment with their inputs, unformatted: money in minor units of the
 * currency column, ratios as decimals, segments and missing-value reasons by their code.
 */
export function economicsCsv(economics: EconomicsMetrics, asOf: Date): string {
  const rows = economics.segments.map((row) => {
    const gaps = economicsGaps(row);
    return [
      row.segmentKey,
      economics.period.start,
      economics.period.end,
      asOf.toISOString(),
      REPORTING_CURRENCY,
      row.salesSpendMinor,
      row.marketingSpendMinor,
      row.newCustomers,
      row.cacMinor,
      gaps.cac,
      row.payingCustomers,
      row.mrrMinor,
      row.arpaMinor,
      row.churnedCustomers,
      row.customerMonths,
      row.monthlyLogoChurn,
      economics.grossMargin,
      row.ltvMinor,
      gaps.ltv,
      row.ltvToCac,
      row.paybackMonths,
      row.salesCycle.deals,
      row.averageDealSizeMinor,
      row.salesCycle.medianDays,
      row.salesCycle.meanDays,
    ];
  });
  return toCsv(ECONOMICS_CSV_HEADER, rows);
}
