import { describe, expect, it } from "vitest";
import { timeInStage } from "@/lib/metrics/time-in-stage";
import type { DurationBucket } from "@/lib/metrics/survival";

describe("timeInStage", () => {
  it.each<[string, DurationBucket[], number | null, number | null]>([
    // n = 10. 48 h: 10 at risk, 4 leave → S = 0.6. 96 h: 6 at risk, 3 leave → S = 0.3
    // (median 96). 200 h: 2 censored → 1 at risk. 300 h: 1 leaves → S = 0 (p75 300).
    [
      "deals in comparison, two still open",
      [
        { hours: 48, exits: 4, censored: 0 },
        { hours: 96, exits: 3, censored: 0 },
        { hours: 200, exits: 0, censored: 2 },
        { hours: 300, exits: 1, censored: 0 },
      ],
      96,
      300,
    ],
    // n = 4, all still in the stage: nothing is known beyond "longer than 12 h".
    ["everyone still in the stage", [{ hours: 12, exits: 0, censored: 4 }], null, null],
  ])("%s", (_, buckets, median, p75) => {
    const result = timeInStage(buckets);
    expect(result.medianHours).toBe(median);
    expect(result.p75Hours).toBe(p75);
  });
});
