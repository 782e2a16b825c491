import { describe, expect, it } from "vitest";
import { conversionFunnel, cumulativeConversion } from "@/lib/metrics/funnel";
import type { Ratio } from "@/lib/metrics/ratio";

describe("cumulativeConversion", () => {
  it.each<[Ratio[], Ratio]>([
    [[0.5, 0.2, 0.1], 0.01], // 0.5 × 0.2 × 0.1
    [[0.25, 0.4], 0.1],
    [[0.5, null, 0.1], null],
    [[0.5, 0], 0],
    [[], 1],
  ])("of %j is %s", (steps, expected) => {
    const result = cumulativeConversion(steps);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});

describe("conversionFunnel", () => {
  it("carries the running product, and no data from the first unknown step on", () => {
    const rows = conversionFunnel([
      { stage: "AWARENESS", conversion: 0.5 },
      { stage: "CONSIDERATION", conversion: 0.2 },
      { stage: "COMPARISON", conversion: null },
      { stage: "PURCHASE", conversion: 0.9 },
    ]);
    expect(rows.map((row) => row.cumulative)).toEqual([0.5, expect.closeTo(0.1, 12), null, null]);
  });
});
