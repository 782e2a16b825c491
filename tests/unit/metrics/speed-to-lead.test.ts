import { describe, expect, it } from "vitest";
import { speedToLead, type SpeedToLead } from "@/lib/metrics/speed-to-lead";
import type { DurationBucket } from "@/lib/metrics/survival";

describe("speedToLead", () => {
  it.each<[string, DurationBucket[], SpeedToLead]>([
    // n = 10. 1 h: 3 of 10 touched → S = 0.7. 2 h: 1 of 7 → S = 0.6. 4 h: 2 of 6 → S = 0.4,
    // the median. 4 leads still untouched at P's end (72 h) keep S at 0.4: no p75.
    // Dropping them would report a median of 1.5 h (1, 1, 1, 2, 4, 4).
    [
      "untouched leads censored at the period end",
      [
        { hours: 1, exits: 3, censored: 0 },
        { hours: 2, exits: 1, censored: 0 },
        { hours: 4, exits: 2, censored: 0 },
        { hours: 72, exits: 0, censored: 4 },
      ],
      { medianHours: 4, p75Hours: null, touched: 6, untouched: 4 },
    ],
    // S = 0.75, 0.5, 0.25, 0 at 1, 2, 3, 10 h.
    [
      "every lead touched",
      [1, 2, 3, 10].map((hours) => ({ hours, exits: 1, censored: 0 })),
      { medianHours: 2, p75Hours: 3, touched: 4, untouched: 0 },
    ],
    ["no leads", [], { medianHours: null, p75Hours: null, touched: 0, untouched: 0 }],
  ])("%s", (_, buckets, expected) => {
    expect(speedToLead(buckets)).toEqual(expected);
  });
});
