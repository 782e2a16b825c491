import { describe, expect, it } from "vitest";
import { averageDealSize } from "@/lib/metrics/deal-size";

describe("averageDealSize", () => {
  it.each([
    [4, 10_000_000, 2_500_000],
    [3, 1_000_000, 333_333], // 333,333.33 → 333,333
    [2, 1_001, 501], // 500.5 → 501, half up
    [3, 2_000_000, 666_667], // 666,666.67 → 666,667
    [0, 0, null],
  ])("%s deals worth %s → %s", (deals, amountMinor, expected) => {
    expect(averageDealSize({ deals, amountMinor })).toBe(expected);
  });
});
