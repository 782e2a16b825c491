import { describe, expect, it } from "vitest";
import { binShares, durationHistogram } from "@/lib/metrics/duration-histogram";

describe("durationHistogram", () => {
  it("puts each bucket in the bin of its lower edge, exits and censored apart", () => {
    // 0 h and 23 h → [0, 24); 24 h (a bucket edge) → [24, 72); 200 h → [168, ∞)
    const bins = durationHistogram(
      [
        { hours: 0, exits: 2, censored: 0 },
        { hours: 23, exits: 1, censored: 1 },
        { hours: 24, exits: 4, censored: 0 },
        { hours: 200, exits: 0, censored: 3 },
      ],
      [0, 24, 72, 168],
    );
    expect(bins).toEqual([
      { fromHours: 0, toHours: 24, exits: 3, censored: 1 },
      { fromHours: 24, toHours: 72, exits: 4, censored: 0 },
      { fromHours: 72, toHours: 168, exits: 0, censored: 0 },
      { fromHours: 168, toHours: null, exits: 0, censored: 3 },
    ]);
  });

  it("has every bin, empty, for no stays", () => {
    expect(durationHistogram([])).toHaveLength(8);
    expect(durationHistogram([]).every((bin) => bin.exits === 0 && bin.censored === 0)).toBe(true);
  });

  it("refuses edges that do not start at 0 or do not rise", () => {
    expect(() => durationHistogram([], [1, 24])).toThrow(RangeError);
    expect(() => durationHistogram([], [0, 24, 24])).toThrow(RangeError);
  });

  it("gives each bin its share of all stays, ended and open together", () => {
    const bins = [
      { fromHours: 0, toHours: 24, exits: 3, censored: 1 },
      { fromHours: 24, toHours: null, exits: 4, censored: 0 },
    ];
    // 4 of 8 and 4 of 8
    expect(binShares(bins)).toEqual([0.5, 0.5]);
    expect(binShares([{ fromHours: 0, toHours: null, exits: 0, censored: 0 }])).toEqual([null]);
  });
});
