import { describe, expect, it } from "vitest";
import { cohortConversion, cohortWindowClosed, type StageCohort } from "@/lib/metrics/cohort-conversion";
import { monthPeriod } from "@/lib/metrics/period";

describe("cohortConversion", () => {
  it.each<[string, StageCohort, number | null, number | null]>([
    // 100 entered; 30 moved straight on, 15 more skipped ahead → 0.3 strict, 0.45 any path.
    ["awareness cohort", { stage: "AWARENESS", entered: 100, reachedNext: 30, reachedLater: 45 }, 0.3, 0.45],
    ["onboarding cohort", { stage: "ONBOARDING", entered: 8, reachedNext: 6, reachedLater: 6 }, 0.75, 0.75],
    ["nobody entered", { stage: "COMPARISON", entered: 0, reachedNext: 0, reachedLater: 0 }, null, null],
    ["nobody moved on", { stage: "COMPARISON", entered: 12, reachedNext: 0, reachedLater: 0 }, 0, 0],
    ["expansion has no next stage", { stage: "EXPANSION", entered: 5, reachedNext: 0, reachedLater: 0 }, null, null],
  ])("%s", (_, cohort, strict, anyPath) => {
    expect(cohortConversion(cohort, "strict")).toBe(strict);
    expect(cohortConversion(cohort, "anyPath")).toBe(anyPath);
  });
});

describe("cohortWindowClosed", () => {
  // P ends 1 Feb 00:00; a record entering just before that has its 30 days until 3 March
  // 00:00 (February 2026 has 28 days).
  it.each([
    ["2026-03-02T23:59:59.999Z", false],
    ["2026-03-03T00:00:00.000Z", true],
    ["2026-01-15T00:00:00.000Z", false],
  ])("as of %s: %s", (asOf, closed) => {
    expect(cohortWindowClosed(monthPeriod(2026, 1), 30, new Date(asOf))).toBe(closed);
  });
});
