import { describe, expect, it } from "vitest";
import { salesVelocity, type VelocityInputs } from "@/lib/metrics/sales-velocity";

describe("salesVelocity", () => {
  it.each<[string, VelocityInputs, { perDayMinor: number; perMonthMinor: number } | null]>([
    // 20 × 0.25 × 1,000,000 ÷ 50 = 100,000 a day; × 30.4375 = 3,043,750 a month
    [
      "a round case",
      { openOpportunities: 20, winRate: 0.25, averageDealSizeMinor: 1_000_000, averageCycleDays: 50 },
      { perDayMinor: 100_000, perMonthMinor: 3_043_750 },
    ],
    // 3 × 0.5 × 1,001 ÷ 3 = 500.5 → 501 a day; 500.5 × 30.4375 = 15,233.97 → 15,234 a month
    // (from the unrounded day value; 501 × 30.4375 would give 15,249)
    [
      "rounded at the end only",
      { openOpportunities: 3, winRate: 0.5, averageDealSizeMinor: 1_001, averageCycleDays: 3 },
      { perDayMinor: 501, perMonthMinor: 15_234 },
    ],
    ["no win rate", { openOpportunities: 3, winRate: null, averageDealSizeMinor: 1, averageCycleDays: 3 }, null],
    ["no deal size", { openOpportunities: 3, winRate: 0.5, averageDealSizeMinor: null, averageCycleDays: 3 }, null],
    ["no cycle", { openOpportunities: 3, winRate: 0.5, averageDealSizeMinor: 1, averageCycleDays: null }, null],
    ["a zero-day cycle", { openOpportunities: 3, winRate: 0.5, averageDealSizeMinor: 1, averageCycleDays: 0 }, null],
    [
      "no open opportunities",
      { openOpportunities: 0, winRate: 0.5, averageDealSizeMinor: 1_000, averageCycleDays: 30 },
      { perDayMinor: 0, perMonthMinor: 0 },
    ],
  ])("%s", (_, inputs, expected) => {
    expect(salesVelocity(inputs)).toEqual(expected);
  });
});
