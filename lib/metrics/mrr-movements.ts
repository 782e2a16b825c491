import { monthsOf, startOfMonth, type Period } from "./period";

/**
 * One account's MRR in a month next to the month before, as a self-join of MonthlyRevenue
 * on consecutive months yields it. A missing month is 0. There must be a row for every
 * account with MRR in either month, including unchanged ones, so starting MRR is complete.
 * `hadRevenueBefore`: the account had MRR > 0 in some month before `month`.
 */
export interface MrrChange {
  accountId: number;
  /** First day of the month (UTC). */
  month: Date;
  previousMrrMinor: number;
  mrrMinor: number;
  hadRevenueBefore: boolean;
}

/** ChartMogul's MRR movement types, plus UNCHANGED for a flat month. */
export type MovementKind = "NEW" | "EXPANSION" | "CONTRACTION" | "CHURN" | "REACTIVATION" | "UNCHANGED";

/** A movement and its size in minor units (always ≥ 0; the kind gives the direction). */
export interface MrrMovement {
  kind: MovementKind;
  amountMinor: number;
}

// ChartMogul's rules: a customer's first revenue is new business; revenue again after a
// month at zero is a reactivation, not new, because the customer was won before.
/** MRR movement: 0→>0 first time NEW, 0→>0 again REACTIVATION, up EXPANSION, down but >0 CONTRACTION, >0→0 CHURN. */
export function classifyMovement(change: MrrChange): MrrMovement {
  const { previousMrrMinor: before, mrrMinor: after } = change;
  if (before <= 0 && after > 0) {
    return { kind: change.hadRevenueBefore ? "REACTIVATION" : "NEW", amountMinor: after };
  }
  if (before > 0 && after <= 0) return { kind: "CHURN", amountMinor: before };
  if (after > before) return { kind: "EXPANSION", amountMinor: after - before };
  if (after < before) return { kind: "CONTRACTION", amountMinor: before - after };
  return { kind: "UNCHANGED", amountMinor: 0 };
}

/** A month's MRR bridge: starting + new + expansion + reactivation − contraction − churn = ending. */
export interface MrrMovementSummary {
  month: Date;
  startingMrrMinor: number;
  newMinor: number;
  expansionMinor: number;
  reactivationMinor: number;
  contractionMinor: number;
  churnMinor: number;
  /** new + expansion + reactivation − contraction − churn. */
  netNewMinor: number;
  endingMrrMinor: number;
  customers: {
    starting: number;
    new: number;
    reactivated: number;
    expanded: number;
    contracted: number;
    churned: number;
    ending: number;
  };
}

/** Which bridge field each movement kind adds its amount to. */
export const AMOUNT_FIELD = {
  NEW: "newMinor",
  EXPANSION: "expansionMinor",
  REACTIVATION: "reactivationMinor",
  CONTRACTION: "contractionMinor",
  CHURN: "churnMinor",
} as const;

/** Which customer count each movement kind adds to. */
export const COUNT_FIELD = {
  NEW: "new",
  EXPANSION: "expanded",
  REACTIVATION: "reactivated",
  CONTRACTION: "contracted",
  CHURN: "churned",
} as const;

/** A month's bridge with nothing in it yet: the start both ways of building one add to. */
export function emptyMrrSummary(monthStart: Date): MrrMovementSummary {
  return {
    month: monthStart,
    startingMrrMinor: 0,
    newMinor: 0,
    expansionMinor: 0,
    reactivationMinor: 0,
    contractionMinor: 0,
    churnMinor: 0,
    netNewMinor: 0,
    endingMrrMinor: 0,
    customers: { starting: 0, new: 0, reactivated: 0, expanded: 0, contracted: 0, churned: 0, ending: 0 },
  };
}

/** MRR movements of one month: changes whose month is `month`, summed by kind, with starting and ending MRR and customers. */
export function mrrMovementSummary(changes: readonly MrrChange[], month: Date): MrrMovementSummary {
  const monthStart = startOfMonth(month);
  const summary = emptyMrrSummary(monthStart);
  for (const change of changes) {
    if (startOfMonth(change.month).getTime() !== monthStart.getTime()) continue;
    summary.startingMrrMinor += Math.max(change.previousMrrMinor, 0);
    summary.endingMrrMinor += Math.max(change.mrrMinor, 0);
    if (change.previousMrrMinor > 0) summary.customers.starting += 1;
    if (change.mrrMinor > 0) summary.customers.ending += 1;
    const movement = classifyMovement(change);
    if (movement.kind === "UNCHANGED") continue;
    summary[AMOUNT_FIELD[movement.kind]] += movement.amountMinor;
    summary.customers[COUNT_FIELD[movement.kind]] += 1;
  }
  summary.netNewMinor =
    summary.newMinor + summary.expansionMinor + summary.reactivationMinor - summary.contractionMinor - summary.churnMinor;
  return summary;
}

/** The MRR bridge for every month of P, zero-filled so a chart has no gaps. */
export function mrrMovementsByMonth(changes: readonly MrrChange[], period: Period): MrrMovementSummary[] {
  return monthsOf(period).map((month) => mrrMovementSummary(changes, month));
}
