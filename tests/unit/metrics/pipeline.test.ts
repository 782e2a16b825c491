import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGE_PROBABILITIES,
  pipelineCoverage,
  weightedPipeline,
  type CoverageInputs,
} from "@/lib/metrics/pipeline";

describe("weightedPipeline", () => {
  it("exports the default stage probabilities", () => {
    expect(DEFAULT_STAGE_PROBABILITIES).toEqual({
      QUALIFICATION: 0.1,
      NEEDS_ANALYSIS: 0.25,
      PROPOSAL: 0.5,
      NEGOTIATION: 0.75,
    });
  });

  it("weights each open stage and ignores CLOSED", () => {
    const result = weightedPipeline([
      { pipelineStage: "QUALIFICATION", deals: 10, amountMinor: 1_000_000 }, // × 0.10 = 100,000
      { pipelineStage: "NEEDS_ANALYSIS", deals: 4, amountMinor: 400_000 }, //  × 0.25 = 100,000
      { pipelineStage: "PROPOSAL", deals: 3, amountMinor: 300_001 }, //       × 0.50 = 150,000.5
      { pipelineStage: "NEGOTIATION", deals: 2, amountMinor: 200_000 }, //    × 0.75 = 150,000
      { pipelineStage: "CLOSED", deals: 9, amountMinor: 999_999 },
    ]);
    // 100,000 + 100,000 + 150,000.5 + 150,000 = 500,000.5 → 500,001
    expect(result.weightedMinor).toBe(500_001);
    expect(result.amountMinor).toBe(1_900_001);
    expect(result.byStage.map((row) => [row.pipelineStage, row.deals, row.weightedMinor])).toEqual([
      ["QUALIFICATION", 10, 100_000],
      ["NEEDS_ANALYSIS", 4, 100_000],
      ["PROPOSAL", 3, 150_001],
      ["NEGOTIATION", 2, 150_000],
    ]);
  });

  it("zero-fills stages, takes its own probabilities and rounds the total once", () => {
    const result = weightedPipeline(
      [
        { pipelineStage: "PROPOSAL", deals: 1, amountMinor: 1 }, // × 0.5 = 0.5
        { pipelineStage: "NEEDS_ANALYSIS", deals: 1, amountMinor: 2 }, // × 0.25 = 0.5
      ],
      { ...DEFAULT_STAGE_PROBABILITIES, QUALIFICATION: 0.2 },
    );
    // Total 0.5 + 0.5 = 1 exactly; each stage on its own rounds 0.5 up to 1.
    expect(result.weightedMinor).toBe(1);
    expect(result.byStage.map((row) => row.weightedMinor)).toEqual([0, 1, 1, 0]);
  });

  it("is zero for an empty pipeline", () => {
    expect(weightedPipeline([])).toMatchObject({ amountMinor: 0, weightedMinor: 0 });
  });
});

describe("pipelineCoverage", () => {
  it.each<[string, CoverageInputs, number | null]>([
    // remaining 2,000,000 − 500,000 = 1,500,000; 3,000,000 ÷ 1,500,000 = 2
    ["part won", { openPipelineMinor: 3_000_000, targetMinor: 2_000_000, wonMinor: 500_000 }, 2],
    ["nothing won yet", { openPipelineMinor: 1_000_000, targetMinor: 4_000_000, wonMinor: 0 }, 0.25],
    ["target met", { openPipelineMinor: 1_000_000, targetMinor: 2_000_000, wonMinor: 2_000_000 }, null],
    ["target beaten", { openPipelineMinor: 1_000_000, targetMinor: 2_000_000, wonMinor: 2_500_000 }, null],
    ["no target", { openPipelineMinor: 1_000_000, targetMinor: 0, wonMinor: 0 }, null],
    ["no pipeline", { openPipelineMinor: 0, targetMinor: 1_000, wonMinor: 0 }, 0],
  ])("%s", (_, inputs, expected) => {
    expect(pipelineCoverage(inputs)).toBe(expected);
  });
});
