import { describe, expect, it } from "vitest";
import { stageSeries } from "@/lib/metrics/stage-series";

const jan = new Date("2026-01-01T00:00:00Z");
const feb = new Date("2026-02-01T00:00:00Z");
const mar = new Date("2026-03-01T00:00:00Z");

describe("stageSeries", () => {
  it("gives each month its volumes and strict conversion, zero-filling a month without flows", () => {
    const series = stageSeries(
      [jan, feb, mar],
      [
        {
          month: jan,
          entries: [
            { stage: "AWARENESS", records: 10 },
            { stage: "CONSIDERATION", records: 4 },
          ],
          // 3 straight on, 1 skipping to comparison: strict counts the 3 only → 3 ÷ 10
          moves: [
            { from: "AWARENESS", to: "CONSIDERATION", records: 3 },
            { from: "AWARENESS", to: "COMPARISON", records: 1 },
          ],
        },
        { month: mar, entries: [{ stage: "AWARENESS", records: 5 }], moves: [] },
      ],
      ["AWARENESS", "CONSIDERATION"],
    );
    expect(series).toEqual([
      {
        month: jan,
        stages: [
          { stage: "AWARENESS", volume: 10, conversion: 0.3 },
          { stage: "CONSIDERATION", volume: 4, conversion: 0 },
        ],
      },
      {
        month: feb,
        stages: [
          { stage: "AWARENESS", volume: 0, conversion: null },
          { stage: "CONSIDERATION", volume: 0, conversion: null },
        ],
      },
      {
        month: mar,
        stages: [
          { stage: "AWARENESS", volume: 5, conversion: 0 },
          { stage: "CONSIDERATION", volume: 0, conversion: null },
        ],
      },
    ]);
  });
});
