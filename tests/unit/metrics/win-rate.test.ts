import { describe, expect, it } from "vitest";
import { winRate } from "@/lib/metrics/win-rate";

describe("winRate", () => {
  it.each([
    [3, 9, 0.25], // 3 ÷ (3 + 9)
    [5, 0, 1],
    [0, 4, 0],
    [0, 0, null], // nothing closed: no data
  ])("won %s, lost %s → %s", (won, lost, expected) => {
    expect(winRate({ won, lost })).toBe(expected);
  });
});
