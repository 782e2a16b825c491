import { describe, expect, it } from "vitest";
import { furthestStageCohorts } from "@/lib/metrics/furthest-stage";

const jan = new Date("2026-01-01T00:00:00Z");
const feb = new Date("2026-02-01T00:00:00Z");
const STAGES = ["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE"] as const;

describe("furthestStageCohorts", () => {
  it("splits a cohort by furthest stage and accumulates 'reached this stage or later'", () => {
    // January: 10 entered; 5 stopped in awareness, 3 in consideration, 2 were won.
    const [january, february] = furthestStageCohorts(
      [jan, feb],
      [
        { cohortMonth: jan, furthest: "AWARENESS", records: 5 },
        { cohortMonth: jan, furthest: "CONSIDERATION", records: 3 },
        { cohortMonth: jan, furthest: "PURCHASE", records: 2 },
      ],
      STAGES,
    );
    expect(january).toEqual({
      cohortMonth: jan,
      entered: 10,
      furthest: [
        { stage: "AWARENESS", records: 5, share: 0.5 },
        { stage: "CONSIDERATION", records: 3, share: 0.3 },
        { stage: "COMPARISON", records: 0, share: 0 },
        { stage: "PURCHASE", records: 2, share: 0.2 },
      ],
      // reached: all 10; 3 + 2 past awareness; 2 past consideration; 2 won
      reached: [
        { stage: "AWARENESS", records: 10, share: 1 },
        { stage: "CONSIDERATION", records: 5, share: 0.5 },
        { stage: "COMPARISON", records: 2, share: 0.2 },
        { stage: "PURCHASE", records: 2, share: 0.2 },
      ],
    });
    // A month nobody entered has no shares.
    expect(february!.entered).toBe(0);
    expect(february!.furthest.every((cell) => cell.records === 0 && cell.share === null)).toBe(true);
  });
});
