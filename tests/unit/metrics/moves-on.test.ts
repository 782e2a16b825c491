import { describe, expect, it } from "vitest";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { movesOn, type StageMoves } from "@/lib/metrics/period-conversion";

const moves: StageMoves[] = [
  { from: null, to: "AWARENESS", records: 200 },
  { from: "AWARENESS", to: "CONSIDERATION", records: 40 },
  { from: "AWARENESS", to: "COMPARISON", records: 10 }, // a skip
  { from: "CONSIDERATION", to: "AWARENESS", records: 5 }, // back: never a move on
  { from: "COMPARISON", to: "CHURNED", records: 1 }, // off the bow-tie: not later
  { from: "IMPACT", to: "EXPANSION", records: 3 },
];

describe("movesOn", () => {
  it.each<[BowtieStage, number, number]>([
    ["AWARENESS", 40, 50],
    ["CONSIDERATION", 0, 0],
    ["COMPARISON", 0, 0],
    ["IMPACT", 3, 3],
    ["EXPANSION", 0, 0], // no stage after it
  ])("%s: strict %s, any path %s", (stage, strict, anyPath) => {
    expect(movesOn(stage, moves, "strict")).toBe(strict);
    expect(movesOn(stage, moves, "anyPath")).toBe(anyPath);
  });
});
