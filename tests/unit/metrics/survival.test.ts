import { describe, expect, it } from "vitest";
import { durationSummary, kaplanMeier, survivalQuantile, type DurationBucket } from "@/lib/metrics/survival";

const DAY = 24;

// 3 exits at 2, 4 and 6 days and 2 still waiting at 5 days, n = 5:
//   2 d: at risk 5, 1 exit → S = 4/5 = 0.8
//   4 d: at risk 4, 1 exit → S = 0.8 × 3/4 = 0.6
//   5 d: 2 censored → at risk 3 − 2 = 1
//   6 d: at risk 1, 1 exit → S = 0.6 × 0/1 = 0
// Median: first S ≤ 0.5 is at 6 d. Dropping the censored records would say 4 d.
const censoredAtFive: DurationBucket[] = [
  { hours: 2 * DAY, exits: 1, censored: 0 },
  { hours: 4 * DAY, exits: 1, censored: 0 },
  { hours: 5 * DAY, exits: 0, censored: 2 },
  { hours: 6 * DAY, exits: 1, censored: 0 },
];

describe("kaplanMeier", () => {
  it("follows the product-limit estimate step by step", () => {
    const steps = kaplanMeier(censoredAtFive);
    expect(steps.map((step) => step.atRisk)).toEqual([5, 4, 3, 1]);
    expect(steps.map((step) => step.survival)).toEqual([
      0.8,
      expect.closeTo(0.6, 12),
      expect.closeTo(0.6, 12),
      0,
    ]);
  });

  it("merges buckets of the same duration and sorts them", () => {
    const steps = kaplanMeier([
      { hours: 6, exits: 1, censored: 0 },
      { hours: 2, exits: 1, censored: 0 },
      { hours: 2, exits: 0, censored: 1 },
    ]);
    expect(steps.map(({ hours, exits, censored }) => [hours, exits, censored])).toEqual([
      [2, 1, 1],
      [6, 1, 0],
    ]);
  });

  it("refuses negative counts", () => {
    expect(() => kaplanMeier([{ hours: 1, exits: -1, censored: 0 }])).toThrow(RangeError);
  });
});

describe("survivalQuantile", () => {
  it.each<[string, DurationBucket[], number | null, number | null]>([
    ["3 exits at 2, 4, 6 days and 2 censored at 5 days", censoredAtFive, 6 * DAY, 6 * DAY],
    // No censoring: S = 0.75, 0.5, 0.25, 0 at 1, 2, 3, 4 h → median 2 (S = 0.5), p75 3 (S = 0.25).
    [
      "four exits, nothing censored",
      [1, 2, 3, 4].map((hours) => ({ hours, exits: 1, censored: 0 })),
      2,
      3,
    ],
    // S(10) = 3/4 and nobody else leaves: the median is not reached.
    [
      "too many still waiting",
      [
        { hours: 10, exits: 1, censored: 0 },
        { hours: 20, exits: 0, censored: 3 },
      ],
      null,
      null,
    ],
    // S(1) = 2/4 = 0.5 → median 1; the curve never gets to 0.25 → p75 null.
    [
      "median reached, p75 not",
      [
        { hours: 1, exits: 2, censored: 0 },
        { hours: 5, exits: 0, censored: 2 },
      ],
      1,
      null,
    ],
    // Tie at 10 h: exits before censorings, so at risk is 4 and S(10) = 3/4; at 20 h the
    // one left exits, S = 0. (Censoring first would give S(10) = 1/2 and a median of 10.)
    [
      "exits counted before censorings at a tie",
      [
        { hours: 10, exits: 1, censored: 2 },
        { hours: 20, exits: 1, censored: 0 },
      ],
      20,
      20,
    ],
    ["no records", [], null, null],
  ])("%s", (_, buckets, median, p75) => {
    expect(survivalQuantile(buckets, 0.5)).toBe(median);
    expect(survivalQuantile(buckets, 0.75)).toBe(p75);
  });

  it("rejects a share outside (0, 1]", () => {
    expect(() => survivalQuantile(censoredAtFive, 0)).toThrow(RangeError);
    expect(() => survivalQuantile(censoredAtFive, 1.5)).toThrow(RangeError);
  });
});

describe("durationSummary", () => {
  it("reports the counts beside the quantiles", () => {
    expect(durationSummary(censoredAtFive)).toEqual({
      medianHours: 144,
      p75Hours: 144,
      exits: 3,
      censored: 2,
    });
  });
});
