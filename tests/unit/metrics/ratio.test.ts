import { describe, expect, it } from "vitest";
import { product, ratio } from "@/lib/metrics/ratio";

describe("ratio", () => {
  it.each([
    [1, 4, 0.25],
    [0, 5, 0],
    [6, 3, 2],
    [1, 0, null],
    [0, 0, null],
    [null, 3, null],
    [3, null, null],
    [Number.NaN, 3, null],
    [3, Number.POSITIVE_INFINITY, null],
  ] as const)("%s ÷ %s = %s", (numerator, denominator, expected) => {
    expect(ratio(numerator, denominator)).toBe(expected);
  });
});

describe("product", () => {
  it.each([
    [[0.5, 0.2], 0.1],
    [[0.5, null, 0.2], null],
    [[], 1],
    [[0, null], null],
  ] as const)("of %j is %s", (factors, expected) => {
    const result = product(factors);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});
