import { describe, expect, it } from "vitest";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { nextStage, periodConversion, type StageMoves } from "@/lib/metrics/period-conversion";
import type { StageEntries } from "@/lib/metrics/stage-volume";

const entries: StageEntries[] = [
  { stage: "AWARENESS", records: 200 },
  { stage: "CONSIDERATION", records: 50 },
  { stage: "COMPARISON", records: 20 },
  { stage: "ONBOARDING", records: 0 },
];

const moves: StageMoves[] = [
  { from: null, to: "AWARENESS", records: 200 },
  { from: "AWARENESS", to: "CONSIDERATION", records: 40 },
  { from: "AWARENESS", to: "COMPARISON", records: 10 }, // a skip
  { from: "CONSIDERATION", to: "COMPARISON", records: 10 },
  { from: "CONSIDERATION", to: "PURCHASE", records: 2 }, // a skip
  { from: "CONSIDERATION", to: "AWARENESS", records: 5 }, // back: never a conversion
  { from: "COMPARISON", to: "PURCHASE", records: 4 },
  { from: "COMPARISON", to: "CHURNED", records: 1 }, // off the bow-tie: not later
];

describe("periodConversion", () => {
  it.each<[BowtieStage, number | null, number | null]>([
    ["AWARENESS", 40 / 200, (40 + 10) / 200], // 0.2 strict; 0.25 with the skip
    ["CONSIDERATION", 10 / 50, (10 + 2) / 50], // 0.2; 0.24 (the move back is not counted)
    ["COMPARISON", 4 / 20, 4 / 20], // 0.2; CHURNED is not a later stage
    ["PURCHASE", null, null], // no entries into PURCHASE in P: no data
    ["ONBOARDING", null, null], // zero entries: no data, not 0
    ["EXPANSION", null, null], // no stage after it
  ])("%s: strict %s, any path %s", (stage, strict, anyPath) => {
    expect(periodConversion(stage, entries, moves, "strict")).toBe(strict);
    expect(periodConversion(stage, entries, moves, "anyPath")).toBe(anyPath);
  });

  it("is 0, not null, when records entered but none moved on", () => {
    expect(periodConversion("IMPACT", [{ stage: "IMPACT", records: 9 }], [], "strict")).toBe(0);
  });
});

describe("nextStage", () => {
  it.each<[BowtieStage, BowtieStage | null]>([
    ["AWARENESS", "CONSIDERATION"],
    ["PURCHASE", "ONBOARDING"],
    ["IMPACT", "EXPANSION"],
    ["EXPANSION", null],
  ])("after %s comes %s", (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });
});
