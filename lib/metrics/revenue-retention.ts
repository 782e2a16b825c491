import { monthsOf, startOfMonth, type Period } from "./period";
import { ratio, type Ratio } from "./ratio";
import { classifyMovement, type MrrChange } from "./mrr-movements";

/**
 * The customers active at the start of P (MRR > 0 in the month before P's first month)
 * and their movements during P. New and reactivated customers of P are not in it.
 */
export interface RetentionBase {
  customersAtStart: number;
  startingMrrMinor: number;
  expansionMinor: number;
  contractionMinor: number;
  churnMinor: number;
  /** Customers at start who churned in P. */
  churnedCustomers: number;
  /** Customers at start with an expansion in P (before any churn), each counted once. */
  expandedCustomers: number;
  /** Customers at start with a contraction in P (before any churn), each counted once. */
  contractedCustomers: number;
}

// A starting customer leaves the base at its first churn in P: if it comes back later in P
// that is a reactivation, which (like new business) retention does not count. With that
// rule, starting + expansion − contraction − churn equals the MRR at the end of P of the
// starting customers that never churned, whichever way it is summed.
/** A base with no customers in it: what a period with no starting customers has. */
export function emptyRetentionBase(): RetentionBase {
  return {
    customersAtStart: 0,
    startingMrrMinor: 0,
    expansionMinor: 0,
    contractionMinor: 0,
    churnMinor: 0,
    churnedCustomers: 0,
    expandedCustomers: 0,
    contractedCustomers: 0,
  };
}

/** Retention base of P: customers with MRR at P's start and their expansion, contraction and churn over P's months (amounts, and the customers making them). */
export function retentionBase(changes: readonly MrrChange[], period: Period): RetentionBase {
  const months = monthsOf(period).map((month) => month.getTime());
  const firstMonth = months[0];
  const base = emptyRetentionBase();
  if (firstMonth === undefined) return base;
  const inPeriod = new Set(months);
  const monthOf = (change: MrrChange) => startOfMonth(change.month).getTime();
  const starting = new Set<number>();
  for (const change of changes) {
    if (monthOf(change) === firstMonth && change.previousMrrMinor > 0 && !starting.has(change.accountId)) {
      starting.add(change.accountId);
      base.customersAtStart += 1;
      base.startingMrrMinor += change.previousMrrMinor;
    }
  }
  const ordered = changes
    .filter((change) => starting.has(change.accountId) && inPeriod.has(monthOf(change)))
    .sort((a, b) => monthOf(a) - monthOf(b));
  const churned = new Set<number>();
  const expanded = new Set<number>();
  const contracted = new Set<number>();
  for (const change of ordered) {
    if (churned.has(change.accountId)) continue;
    const movement = classifyMovement(change);
    if (movement.kind === "EXPANSION") {
      base.expansionMinor += movement.amountMinor;
      expanded.add(change.accountId);
    }
    if (movement.kind === "CONTRACTION") {
      base.contractionMinor += movement.amountMinor;
      contracted.add(change.accountId);
    }
    if (movement.kind === "CHURN") {
      base.churnMinor += movement.amountMinor;
      base.churnedCustomers += 1;
      churned.add(change.accountId);
    }
  }
  base.expandedCustomers = expanded.size;
  base.contractedCustomers = contracted.size;
  return base;
}

/** Gross revenue retention: (starting MRR − contraction − churn) ÷ starting MRR, starting customers only; expansion excluded. */
export function grossRevenueRetention(base: RetentionBase): Ratio {
  return ratio(base.startingMrrMinor - base.contractionMinor - base.churnMinor, base.startingMrrMinor);
}

/** Net revenue retention: (starting MRR + expansion − contraction − churn) ÷ starting MRR, starting customers only. */
export function netRevenueRetention(base: RetentionBase): Ratio {
  return ratio(
    base.startingMrrMinor + base.expansionMinor - base.contractionMinor - base.churnMinor,
    base.startingMrrMinor,
  );
}

/** Logo churn: customers at the start of P who churned in P ÷ customers at the start of P. */
export function logoChurnRate(base: RetentionBase): Ratio {
  return ratio(base.churnedCustomers, base.customersAtStart);
}

/** Expansion rate: expansion MRR in P from customers at the start of P ÷ their starting MRR. */
export function expansionRate(base: RetentionBase): Ratio {
  return ratio(base.expansionMinor, base.startingMrrMinor);
}
