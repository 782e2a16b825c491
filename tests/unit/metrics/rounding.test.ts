import { describe, expect, it } from "vitest";
import {
  allocateWhole,
  applyRateHalfUp,
  divideHalfUp,
  roundHalfUp,
  sumOfRatesHalfUp,
} from "@/lib/metrics/rounding";

describe("roundHalfUp", () => {
  it.each([
    [2.5, 3],
    [2.4999, 2],
    [-2.5, -3],
    [-2.4, -2],
    [0, 0],
    [7.5, 8],
    [5.25, 5],
  ])("%s → %s", (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });
});

describe("divideHalfUp", () => {
  it.each([
    [5, 2, 3],
    [7, 3, 2], // 2.33
    [8, 3, 3], // 2.67
    [-5, 2, -3],
    [5, -2, -3],
    [1_000_000, 3, 333_333],
    [1, 0, null],
  ])("%s ÷ %s = %s", (numerator, denominator, expected) => {
    expect(divideHalfUp(numerator, denominator)).toBe(expected);
  });
});

describe("applyRateHalfUp", () => {
  it.each([
    [700, 0.05, 35],
    [35, 0.15, 5], // 5.25
    [50, 0.15, 8], // 7.5
    // 100 × 0.285 is 28.499999999999996 in floating point; the exact value 28.5 rounds up.
    [100, 0.285, 29],
    [3, 0.5, 2], // 1.5
    [0, 0.5, 0],
  ])("%s × %s = %s", (quantity, rate, expected) => {
    expect(applyRateHalfUp(quantity, rate)).toBe(expected);
  });
});

describe("sumOfRatesHalfUp", () => {
  it("rounds once at the end", () => {
    // 1 × 0.5 + 2 × 0.25 = 1.0 → 1, where rounding each term (1 + 1) would give 2.
    expect(
      sumOfRatesHalfUp([
        { quantity: 1, rate: 0.5 },
        { quantity: 2, rate: 0.25 },
      ]),
    ).toBe(1);
  });
});

describe("allocateWhole", () => {
  it.each([
    // 10,001 × (.3, .3, .05, .3, .05) = 3000.3, 3000.3, 500.05, 3000.3, 500.05: floors sum to
    // 10,000; the one unit left goes to the largest remainder, .3, earliest first.
    [10_001, [0.3, 0.3, 0.05, 0.3, 0.05], [3001, 3000, 500, 3000, 500]],
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [0, [1, 2], [0, 0]],
    [7, [0, 1], [0, 7]],
  ])("%s over %j → %j", (amount, weights, expected) => {
    const parts = allocateWhole(amount, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(amount);
  });

  it("refuses weights that sum to nothing", () => {
    expect(() => allocateWhole(5, [0, 0])).toThrow(RangeError);
    expect(() => allocateWhole(5, [])).toThrow(RangeError);
  });
});
