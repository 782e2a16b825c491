import { durationSummary, type DurationBucket } from "./survival";

/** Speed-to-lead percentiles and how many leads were touched or are still waiting. */
export interface SpeedToLead {
  medianHours: number | null;
  p75Hours: number | null;
  touched: number;
  untouched: number;
}

// The histogram comes from leads that became ready in P (MQL time, or creation when never
// MQL): `exits` were first touched by a person after `hours`, `censored` were still
// untouched at P's end and had waited `hours` by then. Untouched leads are the slowest
// ones; dropping them would flatter the team.
/** Speed-to-lead: Kaplan–Meier median and p75 hours from MQL (or creation) to first personal touch; untouched leads censored at P's end. */
export function speedToLead(buckets: readonly DurationBucket[]): SpeedToLead {
  const summary = durationSummary(buckets);
  return {
    medianHours: summary.medianHours,
    p75Hours: summary.p75Hours,
    touched: summary.exits,
    untouched: summary.censored,
  };
}
