import { durationSummary, type DurationBucket, type DurationSummary } from "./survival";

// Each stay counts: a record that re-enters the stage contributes every visit. The query
// builds the histogram as of an explicit instant, censoring open stays at their age then.
/** Time in stage: Kaplan–Meier median and p75 hours from entry to leaving by any move; open stays censored, not dropped. */
export function timeInStage(buckets: readonly DurationBucket[]): DurationSummary {
  return durationSummary(buckets);
}
