import { describe, expect, it } from "vitest";
import { sourceConversion, type SourceStageEntries } from "@/lib/metrics/source-conversion";

const rows: SourceStageEntries[] = [
  { source: "WEB", stage: "AWARENESS", records: 100 },
  { source: "WEB", stage: "COMPARISON", records: 20 },
  { source: "WEB", stage: "PURCHASE", records: 5 },
  { source: "REFERRAL", stage: "AWARENESS", records: 10 },
  { source: "REFERRAL", stage: "PURCHASE", records: 2 },
  { source: "PARTNER", stage: "PURCHASE", records: 1 }, // entered further down only
  { source: null, stage: "AWARENESS", records: 20 },
];

describe("sourceConversion", () => {
  it("awareness → purchase by source, largest volume first", () => {
    expect(sourceConversion(rows)).toEqual([
      { source: "WEB", volume: 100, converted: 5, conversion: 0.05 },
      { source: null, volume: 20, converted: 0, conversion: 0 },
      { source: "REFERRAL", volume: 10, converted: 2, conversion: 0.2 },
      { source: "PARTNER", volume: 0, converted: 1, conversion: null }, // no volume: no data
    ]);
  });

  it("any pair of stages", () => {
    expect(sourceConversion(rows, "AWARENESS", "COMPARISON")[0]).toEqual({
      source: "WEB",
      volume: 100,
      converted: 20,
      conversion: 0.2,
    });
  });
});
