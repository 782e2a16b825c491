import { cohortRetention, type CohortCell } from "@/lib/metrics/cohort-retention";
import {
  monthlyRetentionBase,
  mrrMovementsFromTotals,
  revenueByCustomerAge,
  type RevenueByCustomerAge,
} from "@/lib/metrics/mrr-aggregates";
import type { MrrMovementSummary } from "@/lib/metrics/mrr-movements";
import { mrrWaterfall, periodMrrBridge, type MrrPeriodBridge, type WaterfallStep } from "@/lib/metrics/mrr-period-bridge";
import type { Period } from "@/lib/metrics/period";
import type { Ratio } from "@/lib/metrics/ratio";
import {
  emptyRetentionBase,
  expansionRate,
  grossRevenueRetention,
  logoChurnRate,
  netRevenueRetention,
  type RetentionBase,
} from "@/lib/metrics/revenue-retention";
import type { DurationSummary } from "@/lib/metrics/survival";
import { timeInStage } from "@/lib/metrics/time-in-stage";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { retentionBaseOf } from "./retention-base";
import { cohortMonths } from "./retention-cohorts";
import { customerAgeRevenue } from "./retention-customer-age";
import { mrrMovementTotals } from "./retention-movements";
import { onboardingDurations, type OnboardingStays, type StayAccounts } from "./retention-onboarding";
import { observedPeriod } from "./retention-period";

type Iso<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/** GRR, NRR, logo churn and expansion rate of one base. */
export interface RetentionRates {
  grossRevenueRetention: Ratio;
  netRevenueRetention: Ratio;
  logoChurn: Ratio;
  expansionRate: Ratio;
}

/**
 * Time to value: Kaplan–Meier median and p75 (hours and days), a whole-day histogram of the
 * stays, and the accounts behind the stays (an account can buy, and so onboard, twice in P).
 */
export interface TimeToValue extends DurationSummary, StayAccounts {
  medianDays: number | null;
  p75Days: number | null;
  histogram: ({ days: number; exits: number; censored: number } & StayAccounts)[];
}

/** The retention dashboard; months and instants as ISO strings. */
export interface RetentionMetrics {
  period: { start: string; end: string };
  asOf: string;
  /** The part of P whose months had begun by as-of, which the MRR figures cover; null when none had. */
  observed: { start: string; end: string } | null;
  movements: Iso<MrrMovementSummary>[];
  /** The observed months' bridge in one, customers counted once each over them; null when no month had begun. */
  periodBridge: MrrPeriodBridge | null;
  /** The period bridge as waterfall steps. */
  waterfall: WaterfallStep[];
  /** MRR at the end of the last observed month. */
  endingMrrMinor: number | null;
  retentionByMonth: ({ month: string } & RetentionRates)[];
  retention: { base: RetentionBase } & RetentionRates;
  cohorts: { cohortMonth: string; customers: number; startingMrrMinor: number; cells: CohortCell[] }[];
  timeToValue: TimeToValue;
  revenueByCustomerAge: Iso<RevenueByCustomerAge>[];
}


function rates(base: RetentionBase): RetentionRates {
  return {
    grossRevenueRetention: grossRevenueRetention(base),
    netRevenueRetention: netRevenueRetention(base),
    logoChurn: logoChurnRate(base),
    expansionRate: expansionRate(base),
  };
}

const iso = (date: Date) => date.toISOString();
const toDays = (hours: number | null) => (hours === null ? null : hours / 24);

function timeToValue({ buckets, days: dayAccounts, total }: OnboardingStays): TimeToValue {
  const summary = timeInStage(buckets);
  const noAccounts: StayAccounts = { accounts: 0, reachedAccounts: 0, notReachedAccounts: 0 };
  const byDay = new Map<number, TimeToValue["histogram"][number]>();
  for (const bucket of buckets) {
    const days = Math.floor(bucket.hours / 24);
    const day = byDay.get(days) ?? { days, exits: 0, censored: 0, ...noAccounts };
    day.exits += bucket.exits;
    day.censored += bucket.censored;
    byDay.set(days, day);
  }
  for (const { days, ...accounts } of dayAccounts) {
    const day = byDay.get(days);
    if (day) Object.assign(day, accounts);
  }
  return {
    ...summary,
    ...total,
    medianDays: toDays(summary.medianHours),
    p75Days: toDays(summary.p75Hours),
    histogram: [...byDay.values()].sort((a, b) => a.days - b.days),
  };
}

/**
 * The retention dashboard for P as of `asOf`: the monthly MRR bridge, the period's bridge and
 * its waterfall, ending MRR, GRR,
 * NRR, logo churn and expansion rate per month and for P (over customers active at P's start
 * only), cohort retention for start months in P, time to value of purchases in P, and revenue
 * from new versus existing customers. MRR figures cover only the months of P that had begun
 * by `asOf`.
 */
export async function loadRetentionMetrics(
  client: QueryClient,
  options: { period: Period; filters: MetricFilters; asOf: Date },
): Promise<RetentionMetrics> {
  const { period, filters, asOf } = options;
  const observed = observedPeriod(period, asOf);
  const [{ totals, periodAccounts }, base, cohortRows, stays, ageRows] = await Promise.all([
    observed ? mrrMovementTotals(client, observed, filters) : { totals: [], periodAccounts: [] },
    observed ? retentionBaseOf(client, observed, filters) : emptyRetentionBase(),
    cohortMonths(client, period, asOf, filters),
    onboardingDurations(client, period, asOf, filters),
    observed ? customerAgeRevenue(client, observed, filters) : [],
  ]);
  const movements = observed ? mrrMovementsFromTotals(totals, observed) : [];
  const periodBridge = periodMrrBridge(movements, periodAccounts);
  return {
    period: { start: iso(period.start), end: iso(period.end) },
    asOf: iso(asOf),
    observed: observed && { start: iso(observed.start), end: iso(observed.end) },
    movements: movements.map((summary) => ({ ...summary, month: iso(summary.month) })),
    periodBridge,
    waterfall: periodBridge ? mrrWaterfall(periodBridge) : [],
    endingMrrMinor: movements.at(-1)?.endingMrrMinor ?? null,
    retentionByMonth: movements.map((summary) => ({ month: iso(summary.month), ...rates(monthlyRetentionBase(summary)) })),
    retention: { base, ...rates(base) },
    cohorts: cohortRetention(cohortRows, period, asOf).map((row) => ({ ...row, cohortMonth: iso(row.cohortMonth) })),
    timeToValue: timeToValue(stays),
    revenueByCustomerAge: observed
      ? revenueByCustomerAge(ageRows, observed).map((row) => ({ ...row, month: iso(row.month) }))
      : [],
  };
}
