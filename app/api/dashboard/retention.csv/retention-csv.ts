import { REPORTING_CURRENCY } from "@/components/funnel/format";
import { toCsv, type CsvCell } from "@/lib/csv/write";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import type { RetentionChart } from "@/lib/validation/retention-view";

// Unformatted, so a spreadsheet reads numbers in any language: ratios as decimals, money in
// minor units (cents) of the currency column, months and instants in ISO 8601, movements by code.

const CONTEXT = ["period_start", "period_end", "as_of"] as const;

type Sheet = { header: readonly string[]; rows: (metrics: RetentionMetrics) => CsvCell[][] };

const context = (metrics: RetentionMetrics): CsvCell[] => [metrics.period.start, metrics.period.end, metrics.asOf];

export const RETENTION_CSV: Record<RetentionChart, Sheet> = {
  movements: {
    header: [
      "month",
      ...CONTEXT,
      "currency",
      "starting_mrr_minor",
      "new_minor",
      "expansion_minor",
      "reactivation_minor",
      "contraction_minor",
      "churn_minor",
      "net_new_minor",
      "ending_mrr_minor",
      "starting_accounts",
      "new_accounts",
      "expanded_accounts",
      "reactivated_accounts",
      "contracted_accounts",
      "churned_accounts",
      "ending_accounts",
    ],
    rows: (metrics) =>
      metrics.movements.map((month) => [
        month.month,
        ...context(metrics),
        REPORTING_CURRENCY,
        month.startingMrrMinor,
        month.newMinor,
        month.expansionMinor,
        month.reactivationMinor,
        month.contractionMinor,
        month.churnMinor,
        month.netNewMinor,
        month.endingMrrMinor,
        month.customers.starting,
        month.customers.new,
        month.customers.expanded,
        month.customers.reactivated,
        month.customers.contracted,
        month.customers.churned,
        month.customers.ending,
      ]),
  },
  waterfall: {
    header: ["step", ...CONTEXT, "currency", "amount_minor", "accounts", "from_minor", "to_minor"],
    rows: (metrics) =>
      metrics.waterfall.map((step) => [step.kind, ...context(metrics), REPORTING_CURRENCY, step.amountMinor, step.accounts, step.fromMinor, step.toMinor]),
  },
  retention: {
    header: [
      "month",
      ...CONTEXT,
      "currency",
      "customers_at_start",
      "starting_mrr_minor",
      "expansion_minor",
      "contraction_minor",
      "churn_minor",
      "gross_revenue_retention",
      "net_revenue_retention",
      "expansion_rate",
    ],
    // The first row is the whole period (no month), over the customers paying at its start.
    rows: (metrics) => {
      const { base } = metrics.retention;
      const period: CsvCell[] = [
        null,
        ...context(metrics),
        REPORTING_CURRENCY,
        base.customersAtStart,
        base.startingMrrMinor,
        base.expansionMinor,
        base.contractionMinor,
        base.churnMinor,
        metrics.retention.grossRevenueRetention,
        metrics.retention.netRevenueRetention,
        metrics.retention.expansionRate,
      ];
      const months = metrics.retentionByMonth.map((rates, index): CsvCell[] => {
        const month = metrics.movements[index];
        return [
          rates.month,
          ...context(metrics),
          REPORTING_CURRENCY,
          month?.customers.starting ?? 0,
          month?.startingMrrMinor ?? 0,
          month?.expansionMinor ?? 0,
          month?.contractionMinor ?? 0,
          month?.churnMinor ?? 0,
          rates.grossRevenueRetention,
          rates.netRevenueRetention,
          rates.expansionRate,
        ];
      });
      return metrics.observed ? [period, ...months] : [];
    },
  },
  "logo-churn": {
    header: ["month", ...CONTEXT, "customers_at_start", "churned_customers", "logo_churn"],
    rows: (metrics) => {
      const { base } = metrics.retention;
      const months = metrics.retentionByMonth.map((rates, index): CsvCell[] => [
        rates.month,
        ...context(metrics),
        metrics.movements[index]?.customers.starting ?? 0,
        metrics.movements[index]?.customers.churned ?? 0,
        rates.logoChurn,
      ]);
      return metrics.observed ? [[null, ...context(metrics), base.customersAtStart, base.churnedCustomers, metrics.retention.logoChurn], ...months] : [];
    },
  },
  cohorts: {
    header: [
      "cohort_month",
      "months_since_start",
      ...CONTEXT,
      "currency",
      "cohort_customers",
      "cohort_first_month_mrr_minor",
      "paying_customers",
      "mrr_minor",
      "logo_retention",
      "revenue_retention",
    ],
    rows: (metrics) =>
      metrics.cohorts.flatMap((cohort) =>
        cohort.cells.map((cell) => [
          cohort.cohortMonth,
          cell.monthsSinceStart,
          ...context(metrics),
          REPORTING_CURRENCY,
          cohort.customers,
          cohort.startingMrrMinor,
          cell.customers,
          cell.mrrMinor,
          cell.logoRetention,
          cell.revenueRetention,
        ]),
      ),
  },
  onboarding: {
    header: [
      "days",
      ...CONTEXT,
      "stays_reached_value",
      "stays_not_reached",
      "accounts",
      "accounts_reached_value",
      "accounts_not_reached",
      "median_hours_to_value",
      "p75_hours_to_value",
    ],
    rows: (metrics) => {
      const ttv = metrics.timeToValue;
      return ttv.histogram.map((day) => [
        day.days,
        ...context(metrics),
        day.exits,
        day.censored,
        day.accounts,
        day.reachedAccounts,
        day.notReachedAccounts,
        ttv.medianHours,
        ttv.p75Hours,
      ]);
    },
  },
  "customer-age": {
    header: ["month", ...CONTEXT, "currency", "existing_mrr_minor", "existing_customers", "new_mrr_minor", "new_customers", "new_share"],
    rows: (metrics) =>
      metrics.revenueByCustomerAge.map((month) => [
        month.month,
        ...context(metrics),
        REPORTING_CURRENCY,
        month.existingMrrMinor,
        month.existingCustomers,
        month.newMrrMinor,
        month.newCustomers,
        month.newShare,
      ]),
  },
};

/** One retention chart's data as CSV. */
export function retentionCsv(chart: RetentionChart, metrics: RetentionMetrics): string {
  const sheet = RETENTION_CSV[chart];
  return toCsv(sheet.header, sheet.rows(metrics));
}
