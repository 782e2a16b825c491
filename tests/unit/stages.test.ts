import { describe, expect, it } from "vitest";
import { BOWTIE_STAGES, moveDirection, STAGE_SIDE, stageOrder } from "@/lib/bowtie/stages";

describe("the bow-tie stages", () => {
  it("run left to right from awareness to expansion with the purchase as the knot", () => {
    expect(BOWTIE_STAGES).toEqual(["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"]);
    expect(BOWTIE_STAGES.map((stage) => STAGE_SIDE[stage])).toEqual([
      "ACQUISITION", "ACQUISITION", "ACQUISITION", "KNOT", "RETENTION", "RETENTION", "RETENTION",
    ]);
    expect(stageOrder("AWARENESS")).toBe(0);
    expect(stageOrder("EXPANSION")).toBe(6);
    expect(stageOrder("CHURNED")).toBeNull();
  });

  it.each([
    [null, "AWARENESS", "ENTRY"],
    [null, "PURCHASE", "ENTRY"],
    ["AWARENESS", "CONSIDERATION", "FORWARD"],
    ["PURCHASE", "ONBOARDING", "FORWARD"],
    ["AWARENESS", "COMPARISON", "SKIP"],
    ["ONBOARDING", "EXPANSION", "SKIP"],
    ["CONSIDERATION", "AWARENESS", "BACKWARD"],
    ["EXPANSION", "IMPACT", "BACKWARD"],
    ["IMPACT", "CHURNED", "EXIT"],
    ["CHURNED", "PURCHASE", "FORWARD"],
  ] as const)("%s → %s is %s", (from, to, direction) => {
    expect(moveDirection(from, to)).toBe(direction);
  });
});
