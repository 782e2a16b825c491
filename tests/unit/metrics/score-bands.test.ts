import { describe, expect, it } from "vitest";
import { meanScore, scoreBands } from "@/lib/metrics/score-bands";

describe("scoreBands", () => {
  it("counts each score in the band holding it; 100 falls in the last band", () => {
    const bands = scoreBands([
      { score: 0, leads: 2 },
      { score: 19, leads: 1 },
      { score: 20, leads: 3 },
      { score: 59, leads: 1 },
      { score: 80, leads: 1 },
      { score: 100, leads: 2 },
    ]);
    expect(bands).toEqual([
      { from: 0, to: 19, leads: 3, share: 0.3 },
      { from: 20, to: 39, leads: 3, share: 0.3 },
      { from: 40, to: 59, leads: 1, share: 0.1 },
      { from: 60, to: 79, leads: 0, share: 0 },
      { from: 80, to: 100, leads: 3, share: 0.3 },
    ]);
  });

  it("has no shares without leads", () => {
    expect(scoreBands([]).map((band) => band.share)).toEqual([null, null, null, null, null]);
  });

  it("takes other edges", () => {
    expect(scoreBands([{ score: 50, leads: 4 }], [0, 50])).toEqual([
      { from: 0, to: 49, leads: 0, share: 0 },
      { from: 50, to: 100, leads: 4, share: 1 },
    ]);
  });

  it.each([[-1], [101], [2.5]])("refuses score %d", (score) => {
    expect(() => scoreBands([{ score, leads: 1 }])).toThrow(RangeError);
  });
});

describe("meanScore", () => {
  it("weights each score by its leads: (10 × 1 + 40 × 3) ÷ 4 = 32.5", () => {
    expect(meanScore([{ score: 10, leads: 1 }, { score: 40, leads: 3 }])).toBe(32.5);
  });

  it("is null without leads", () => {
    expect(meanScore([])).toBeNull();
  });
});
