import { describe, expect, it } from "vitest";
import { stageVolumes } from "@/lib/metrics/stage-volume";

describe("stageVolumes", () => {
  it("zero-fills every stage, CHURNED included, and sums repeated rows", () => {
    expect(
      stageVolumes([
        { stage: "AWARENESS", records: 120 },
        { stage: "COMPARISON", records: 7 },
        { stage: "AWARENESS", records: 30 },
      ]),
    ).toEqual({
      AWARENESS: 150,
      CONSIDERATION: 0,
      COMPARISON: 7,
      PURCHASE: 0,
      ONBOARDING: 0,
      IMPACT: 0,
      EXPANSION: 0,
      CHURNED: 0,
    });
  });
});
