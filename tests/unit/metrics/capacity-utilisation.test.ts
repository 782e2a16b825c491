import { describe, expect, it } from "vitest";
import { capacityFlow, type CapacityStage } from "@/lib/metrics/capacity";
import { busiestStage, capacityUtilisation } from "@/lib/metrics/capacity-utilisation";

describe("capacityUtilisation", () => {
  it("is each stage's inflow a month over its capacity, null without a limit", () => {
    const chain: CapacityStage[] = [
      // 1,000 in against 700: 1,000 ÷ 700; 700 handled × 10 % = 70 on
      { stage: "SDR", inflow: 1_000, capacity: 700, conversion: 0.1 },
      // 70 + 5 = 75 in against 60: 1.25
      { stage: "AE", inflow: 5, capacity: 60, conversion: 0.5 },
      // 30 in, no limit
      { stage: "web shop", capacity: null, conversion: 1 },
      // 30 in against a capacity of 0: no ratio
      { stage: "closed", capacity: 0, conversion: 1 },
    ];
    expect(capacityUtilisation(chain, capacityFlow(chain))).toEqual([
      { stage: "SDR", utilisation: 1_000 / 700 },
      { stage: "AE", utilisation: 1.25 },
      { stage: "web shop", utilisation: null },
      { stage: "closed", utilisation: null },
    ]);
  });
});

describe("busiestStage", () => {
  it.each<[string, { stage: string; utilisation: number | null }[], string | null]>([
    ["the highest utilisation", [{ stage: "a", utilisation: 0.4 }, { stage: "b", utilisation: 0.9 }, { stage: "c", utilisation: 0.2 }], "b"],
    ["ties go upstream", [{ stage: "a", utilisation: 0.5 }, { stage: "b", utilisation: 0.5 }], "a"],
    ["unknown utilisations are passed over", [{ stage: "a", utilisation: null }, { stage: "b", utilisation: 0.1 }], "b"],
    ["none with no load at all", [{ stage: "a", utilisation: 0 }, { stage: "b", utilisation: null }], null],
  ])("%s", (_, rows, stage) => {
    expect(busiestStage(rows)?.stage ?? null).toBe(stage);
  });
});
