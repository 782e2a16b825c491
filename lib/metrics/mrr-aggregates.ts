// The dashboards classify MRR movements in SQL and receive one row per month and movement,
// never one per account. These functions turn those sums into the same bridge and retention
// figures that mrr-movements.ts and revenue-retention.ts compute from per-account pairs,
// which stay the in-memory reference.
import { AMOUNT_FIELD, COUNT_FIELD, emptyMrrSummary, type MovementKind, type MrrMovementSummary } from "./mrr-movements";
import { monthsOf, startOfMonth, type Period } from "./period";
import { ratio, type Ratio } from "./ratio";
import type { RetentionBase } from "./revenue-retention";

/**
 * The consecutive-month pairs (see MrrChange) of one month and one movement kind, summed:
 * one row of a GROUP BY (month, kind) over the pairs classified by classifyMovement's rules.
 * Pairs with no MRR in either month are not in it; UNCHANGED pairs are, so that starting and
 * ending MRR are complete.
 */
export interface MrrMovementTotal {
  /** First day of the month (UTC). */
  month: Date;
  kind: MovementKind;
  accounts: number;
  /** Σ movement size (each ≥ 0; 0 for UNCHANGED). */
  amountMinor: number;
  /** Σ MRR in the month before, an MRR ≤ 0 counted as 0. */
  previousMrrMinor: number;
  /** Σ MRR in the month, an MRR ≤ 0 counted as 0. */
  mrrMinor: number;
}

// The kind alone tells whether an account paid in the month before and in the month: new
// and reactivated ones did not pay before, churned ones do not pay now, the rest pay in both.
const PAID_BEFORE: Record<MovementKind, boolean> = {
  NEW: false,
  REACTIVATION: false,
  EXPANSION: true,
  CONTRACTION: true,
  CHURN: true,
  UNCHANGED: true,
};

/** MRR bridge of `month` from its movement totals: starting = Σ MRR the month before, ending = Σ MRR, movements summed by kind (equals mrrMovementSummary over the pairs). */
export function mrrSummaryFromTotals(totals: readonly MrrMovementTotal[], month: Date): MrrMovementSummary {
  const monthStart = startOfMonth(month);
  const summary = emptyMrrSummary(monthStart);
  for (const total of totals) {
    if (startOfMonth(total.month).getTime() !== monthStart.getTime()) continue;
    summary.startingMrrMinor += total.previousMrrMinor;
    summary.endingMrrMinor += total.mrrMinor;
    if (PAID_BEFORE[total.kind]) summary.customers.starting += total.accounts;
    if (total.kind !== "CHURN") summary.customers.ending += total.accounts;
    if (total.kind === "UNCHANGED") continue;
    summary[AMOUNT_FIELD[total.kind]] += total.amountMinor;
    summary.customers[COUNT_FIELD[total.kind]] += total.accounts;
  }
  summary.netNewMinor =
    summary.newMinor + summary.expansionMinor + summary.reactivationMinor - summary.contractionMinor - summary.churnMinor;
  return summary;
}

/** The MRR bridge for every month of P from movement totals, zero-filled so a chart has no gaps. */
export function mrrMovementsFromTotals(totals: readonly MrrMovementTotal[], period: Period): MrrMovementSummary[] {
  return monthsOf(period).map((month) => mrrSummaryFromTotals(totals, month));
}

/** Retention base of a single month from its bridge: customers paying the month before and their expansion, contraction and churn (equals retentionBase for that month). */
export function monthlyRetentionBase(summary: MrrMovementSummary): RetentionBase {
  return {
    customersAtStart: summary.customers.starting,
    startingMrrMinor: summary.startingMrrMinor,
    expansionMinor: summary.expansionMinor,
    contractionMinor: summary.contractionMinor,
    churnMinor: summary.churnMinor,
    churnedCustomers: summary.customers.churned,
    expandedCustomers: summary.customers.expanded,
    contractedCustomers: summary.customers.contracted,
  };
}

/**
 * MRR of a month from accounts paying in it, split by whether the account first paid in P
 * (`isNew`) or before P: one GROUP BY (month, isNew) over the month's MonthlyRevenue rows.
 */
export interface CustomerAgeRevenue {
  month: Date;
  isNew: boolean;
  customers: number;
  mrrMinor: number;
}

/** One month of revenue from new and existing customers. */
export interface RevenueByCustomerAge {
  month: Date;
  newMrrMinor: number;
  existingMrrMinor: number;
  newCustomers: number;
  existingCustomers: number;
  /** New customers' share of the month's MRR. */
  newShare: Ratio;
}

/** Revenue from new vs existing customers: each month's MRR split by whether the account first paid within P or before it; zero-filled. */
export function revenueByCustomerAge(rows: readonly CustomerAgeRevenue[], period: Period): RevenueByCustomerAge[] {
  return monthsOf(period).map((month) => {
    const inMonth = rows.filter((row) => startOfMonth(row.month).getTime() === month.getTime());
    const sum = (isNew: boolean, field: "customers" | "mrrMinor") =>
      inMonth.filter((row) => row.isNew === isNew).reduce((total, row) => total + row[field], 0);
    const newMrrMinor = sum(true, "mrrMinor");
    const existingMrrMinor = sum(false, "mrrMinor");
    return {
      month,
      newMrrMinor,
      existingMrrMinor,
      newCustomers: sum(true, "customers"),
      existingCustomers: sum(false, "customers"),
      newShare: ratio(newMrrMinor, newMrrMinor + existingMrrMinor),
    };
  });
}
