// Durations of records that have not yet left (a lead nobody has touched, a deal still in
// its stage) are not known; dropping them makes the slow cases vanish and the median look
// better than it is. The Kaplan–Meier product-limit estimate keeps them: each one counts
// as "still waiting" for as long as it has been observed.

/**
 * One bucket of a duration histogram, as a GROUP BY on the floored duration yields it:
 * `exits` records left after `hours`; `censored` records had been waiting `hours` at the
 * as-of instant and had not left yet.
 */
export interface DurationBucket {
  hours: number;
  exits: number;
  censored: number;
}

/** The Kaplan–Meier survival estimate just after `hours`. */
export interface SurvivalStep {
  hours: number;
  atRisk: number;
  exits: number;
  censored: number;
  /** Estimated share of records still waiting after `hours`. */
  survival: number;
}

// Products such as 0.75 × 2/3 must compare equal to 0.5 however the floats fall.
const EPSILON = 1e-12;

function mergeBuckets(buckets: readonly DurationBucket[]): DurationBucket[] {
  const byHours = new Map<number, DurationBucket>();
  for (const bucket of buckets) {
    if (bucket.hours < 0 || bucket.exits < 0 || bucket.censored < 0) {
      throw new RangeError("duration buckets must not be negative");
    }
    const merged = byHours.get(bucket.hours) ?? { hours: bucket.hours, exits: 0, censored: 0 };
    merged.exits += bucket.exits;
    merged.censored += bucket.censored;
    byHours.set(bucket.hours, merged);
  }
  return [...byHours.values()].sort((a, b) => a.hours - b.hours);
}

// At a tie, exits are counted before censorings (the usual convention: a record censored
// at t was still at risk at t).
/** Kaplan–Meier curve over a duration histogram: S(t) = Π (1 − exits ÷ at risk) over bucket times ≤ t. */
export function kaplanMeier(buckets: readonly DurationBucket[]): SurvivalStep[] {
  const merged = mergeBuckets(buckets);
  let atRisk = merged.reduce((sum, bucket) => sum + bucket.exits + bucket.censored, 0);
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const bucket of merged) {
    if (atRisk > 0 && bucket.exits > 0) survival *= (atRisk - bucket.exits) / atRisk;
    steps.push({ hours: bucket.hours, atRisk, exits: bucket.exits, censored: bucket.censored, survival });
    atRisk -= bucket.exits + bucket.censored;
  }
  return steps;
}

// null rather than a guess when too many records are still waiting: the honest answer is
// "longer than we have seen".
/** Smallest bucket time t with Kaplan–Meier S(t) ≤ 1 − share (0.5 = median, 0.75 = p75); null if never reached. */
export function survivalQuantile(buckets: readonly DurationBucket[], share: number): number | null {
  if (!(share > 0 && share <= 1)) throw new RangeError("share must be in (0, 1]");
  for (const step of kaplanMeier(buckets)) {
    if (step.exits > 0 && step.survival <= 1 - share + EPSILON) return step.hours;
  }
  return null;
}

/** Median and 75th percentile of a censored duration histogram, with its counts. */
export interface DurationSummary {
  medianHours: number | null;
  p75Hours: number | null;
  exits: number;
  censored: number;
}

/** Median and 75th percentile (Kaplan–Meier) of a duration histogram; censored records kept, not dropped. */
export function durationSummary(buckets: readonly DurationBucket[]): DurationSummary {
  return {
    medianHours: survivalQuantile(buckets, 0.5),
    p75Hours: survivalQuantile(buckets, 0.75),
    exits: buckets.reduce((sum, bucket) => sum + bucket.exits, 0),
    censored: buckets.reduce((sum, bucket) => sum + bucket.censored, 0),
  };
}
