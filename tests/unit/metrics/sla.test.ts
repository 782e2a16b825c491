import { describe, expect, it } from "vitest";
import { slaBreaches, type StageAge } from "@/lib/metrics/sla";

describe("slaBreaches", () => {
  const ages: StageAge[] = [
    { stage: "CONSIDERATION", hours: 50, records: 5 },
    { stage: "CONSIDERATION", hours: 2, records: 3 },
    { stage: "CONSIDERATION", hours: 24, records: 2 }, // exactly at the SLA: spoilt
    { stage: "AWARENESS", hours: 500, records: 40 },
    { stage: "COMPARISON", hours: 47, records: 4 },
  ];

  it("shares past each stage's SLA, in bow-tie order", () => {
    expect(slaBreaches(ages, { CONSIDERATION: 24, COMPARISON: 48, ONBOARDING: 72, AWARENESS: null })).toEqual([
      { stage: "AWARENESS", inStage: 40, pastSla: 0, share: null }, // no SLA: no data
      { stage: "CONSIDERATION", inStage: 10, pastSla: 7, share: 0.7 }, // (5 + 2) ÷ 10
      { stage: "COMPARISON", inStage: 4, pastSla: 0, share: 0 }, // 47 h < 48 h
      { stage: "ONBOARDING", inStage: 0, pastSla: 0, share: null }, // nobody there: no data
    ]);
  });

  it.each([
    [1, 1], // every record has waited ≥ 1 h
    [3, 0.7], // 50 h and 24 h: 7 of 10
    [51, 0],
  ])("a what-if SLA of %s h gives %s", (sla, share) => {
    const [row] = slaBreaches(ages.slice(0, 3), { CONSIDERATION: sla });
    expect(row?.share).toBe(share);
  });
});
