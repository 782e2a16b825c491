import { COUNT_FIELD, type MovementKind, type MrrMovementSummary } from "./mrr-movements";

/**
 * Accounts with at least one movement of `kind` in P's months, each counted once however
 * many months it moved in: one row of a GROUP BY kind over P's consecutive-month pairs.
 */
export interface MovementAccounts {
  kind: MovementKind;
  accounts: number;
}

/** P's MRR bridge in one: a month's bridge without the month, its customer counts over the whole of P. */
export type MrrPeriodBridge = Omit<MrrMovementSummary, "month">;

// A period's movements are the sum of its months', but an account that expands in two
// months is one expanded customer, not two: the counts come from the distinct accounts.
/** Period MRR bridge: starting MRR of P's first month + Σ monthly movements = ending MRR of its last; customers per movement counted once over P; null for no months. */
export function periodMrrBridge(months: readonly MrrMovementSummary[], accounts: readonly MovementAccounts[]): MrrPeriodBridge | null {
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return null;
  const sum = (field: "newMinor" | "expansionMinor" | "reactivationMinor" | "contractionMinor" | "churnMinor" | "netNewMinor") =>
    months.reduce((total, month) => total + month[field], 0);
  const customers = { starting: first.customers.starting, new: 0, reactivated: 0, expanded: 0, contracted: 0, churned: 0, ending: last.customers.ending };
  for (const row of accounts) {
    if (row.kind !== "UNCHANGED") customers[COUNT_FIELD[row.kind]] += row.accounts;
  }
  return {
    startingMrrMinor: first.startingMrrMinor,
    newMinor: sum("newMinor"),
    expansionMinor: sum("expansionMinor"),
    reactivationMinor: sum("reactivationMinor"),
    contractionMinor: sum("contractionMinor"),
    churnMinor: sum("churnMinor"),
    netNewMinor: sum("netNewMinor"),
    endingMrrMinor: last.endingMrrMinor,
    customers,
  };
}

/** One bar of the MRR waterfall: a total standing on 0, or a movement from the running level. */
export interface WaterfallStep {
  kind: "STARTING" | "NEW" | "EXPANSION" | "REACTIVATION" | "CONTRACTION" | "CHURN" | "ENDING";
  /** The step's size (≥ 0); the kind gives the direction. */
  amountMinor: number;
  /** Accounts making up the step. */
  accounts: number;
  fromMinor: number;
  toMinor: number;
}

const MOVEMENT_STEPS = [
  { kind: "NEW", amount: "newMinor", count: "new", sign: 1 },
  { kind: "EXPANSION", amount: "expansionMinor", count: "expanded", sign: 1 },
  { kind: "REACTIVATION", amount: "reactivationMinor", count: "reactivated", sign: 1 },
  { kind: "CONTRACTION", amount: "contractionMinor", count: "contracted", sign: -1 },
  { kind: "CHURN", amount: "churnMinor", count: "churned", sign: -1 },
] as const;

// Reactivation is rare; a bar of zero would only say so, so it shows only when there is one.
/** MRR waterfall: starting MRR, then new, expansion, reactivation (when any), contraction and churn from the running level, then ending MRR. */
export function mrrWaterfall(bridge: MrrPeriodBridge): WaterfallStep[] {
  const steps: WaterfallStep[] = [
    { kind: "STARTING", amountMinor: bridge.startingMrrMinor, accounts: bridge.customers.starting, fromMinor: 0, toMinor: bridge.startingMrrMinor },
  ];
  let level = bridge.startingMrrMinor;
  for (const step of MOVEMENT_STEPS) {
    const amountMinor = bridge[step.amount];
    const accounts = bridge.customers[step.count];
    if (step.kind === "REACTIVATION" && amountMinor === 0 && accounts === 0) continue;
    const next = level + step.sign * amountMinor;
    steps.push({ kind: step.kind, amountMinor, accounts, fromMinor: level, toMinor: next });
    level = next;
  }
  steps.push({ kind: "ENDING", amountMinor: bridge.endingMrrMinor, accounts: bridge.customers.ending, fromMinor: 0, toMinor: bridge.endingMrrMinor });
  return steps;
}
