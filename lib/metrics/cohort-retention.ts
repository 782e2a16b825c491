import { addMonths, monthsBetween, monthsOf, startOfMonth, type Period } from "./period";
import { ratio, type Ratio } from "./ratio";

/**
 * Accounts of the cohort that started paying in `cohortMonth` (their first month with
 * MRR > 0) which pay in `month`, and their MRR then: one GROUP BY (cohort month, month).
 */
export interface CohortMonth {
  cohortMonth: Date;
  month: Date;
  customers: number;
  mrrMinor: number;
}

/** One cell of the triangle: a cohort `monthsSinceStart` months after its start month. */
export interface CohortCell {
  monthsSinceStart: number;
  customers: number;
  mrrMinor: number;
  logoRetention: Ratio;
  revenueRetention: Ratio;
}

/** One row of the triangle: a start month, its size and its cells from month 0 onwards. */
export interface CohortRow {
  cohortMonth: Date;
  customers: number;
  startingMrrMinor: number;
  cells: CohortCell[];
}

// Revenue retention is net: the cohort's expansion counts, so cells can exceed 1. A cell
// counts who pays in that month, so a member that churns and comes back counts again.
/** Cohort retention: per start month in P and month since start (months before as-of), paying share and MRR ÷ month 0. */
export function cohortRetention(
  rows: readonly CohortMonth[],
  cohorts: Period,
  asOf: Date,
): CohortRow[] {
  const key = (cohortMonth: Date, month: Date) =>
    `${startOfMonth(cohortMonth).getTime()}:${startOfMonth(month).getTime()}`;
  const cells = new Map<string, { customers: number; mrrMinor: number }>();
  for (const row of rows) {
    const k = key(row.cohortMonth, row.month);
    const cell = cells.get(k) ?? { customers: 0, mrrMinor: 0 };
    cell.customers += row.customers;
    cell.mrrMinor += row.mrrMinor;
    cells.set(k, cell);
  }
  const lastMonth = startOfMonth(new Date(asOf.getTime() - 1));
  return monthsOf(cohorts)
    .filter((cohortMonth) => cohortMonth.getTime() < asOf.getTime())
    .map((cohortMonth) => {
      const start = cells.get(key(cohortMonth, cohortMonth)) ?? { customers: 0, mrrMinor: 0 };
      const span = monthsBetween(cohortMonth, lastMonth);
      return {
        cohortMonth,
        customers: start.customers,
        startingMrrMinor: start.mrrMinor,
        cells: Array.from({ length: span + 1 }, (_, monthsSinceStart) => {
          const cell = cells.get(key(cohortMonth, addMonths(cohortMonth, monthsSinceStart))) ?? {
            customers: 0,
            mrrMinor: 0,
          };
          return {
            monthsSinceStart,
            customers: cell.customers,
            mrrMinor: cell.mrrMinor,
            logoRetention: ratio(cell.customers, start.customers),
            revenueRetention: ratio(cell.mrrMinor, start.mrrMinor),
          };
        }),
      };
    });
}
