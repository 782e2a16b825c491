import { describe, expect, it } from "vitest";
import { capacityFlow, capacityWhatIf, type CapacityStage } from "@/lib/metrics/capacity";

// The customer factory's hourglass: 1,000 visits a month; telemarketing can handle 700;
// meetings are booked for 5 % of those handled; 15 % of meetings close.
const hourglass: CapacityStage[] = [
  { stage: "telemarketing", inflow: 1_000, capacity: 700, conversion: 0.05 },
  { stage: "meetings", capacity: null, conversion: 0.15 },
];

describe("capacityFlow: the hourglass", () => {
  it("1,000 visits, capacity 700 → 300 lost, 35 meetings, 5 sales", () => {
    const flow = capacityFlow(hourglass);
    expect(flow.stages).toEqual([
      // 700 × 5 % = 35
      { stage: "telemarketing", inflow: 1_000, handled: 700, lost: 300, output: 35, capacityToInflow: 0.7 },
      // 35 × 15 % = 5.25 → 5 whole sales
      { stage: "meetings", inflow: 35, handled: 35, lost: 0, output: 5, capacityToInflow: null },
    ]);
    expect(flow.output).toBe(5);
    // Relieving telemarketing: 1,000 × 5 % = 50 meetings × 15 % = 7.5 → 8.
    expect(flow.bottleneck).toEqual({
      stage: "telemarketing",
      index: 0,
      lost: 300,
      capacityToInflow: 0.7,
      outputIfRelieved: 8,
    });
  });

  it("capacity 1,000 → 50 meetings → 8 sales (7.5 rounded half up), and no bottleneck", () => {
    const flow = capacityFlow([{ ...hourglass[0]!, capacity: 1_000 }, hourglass[1]!]);
    expect(flow.stages.map((stage) => [stage.handled, stage.lost, stage.output])).toEqual([
      [1_000, 0, 50],
      [50, 0, 8],
    ]);
    expect(flow.output).toBe(8);
    expect(flow.bottleneck).toBeNull();
  });
});

describe("capacityWhatIf", () => {
  it.each<[string, Parameters<typeof capacityWhatIf>[1], number, number]>([
    ["automation lifts telemarketing to 1,000", { stage: "telemarketing", capacity: 1_000 }, 8, 3],
    ["no limit on telemarketing", { stage: "telemarketing", capacity: null }, 8, 3],
    // 35 × 20 % = 7
    ["meetings close at 20 %", { stage: "meetings", conversion: 0.2 }, 7, 2],
    // 600 × 5 % = 30 meetings × 15 % = 4.5 → 5: fewer meetings, the same whole sales
    ["telemarketing cut to 600", { stage: "telemarketing", capacity: 600 }, 5, 0],
    // 400 × 5 % = 20 × 15 % = 3
    ["telemarketing cut to 400", { stage: "telemarketing", capacity: 400 }, 3, -2],
    // 700 × 10 % = 70 meetings × 15 % = 10.5 → 11
    ["twice the booking rate", { stage: "telemarketing", conversion: 0.1 }, 11, 6],
  ])("%s → %s sales a month (%s)", (_, change, output, outputChange) => {
    const result = capacityWhatIf(hourglass, change);
    expect(result.before.output).toBe(5);
    expect(result.after.output).toBe(output);
    expect(result.outputChange).toBe(outputChange);
  });

  it("refuses a stage that is not in the chain", () => {
    expect(() => capacityWhatIf(hourglass, { stage: "webinars", capacity: 10 })).toThrow(RangeError);
  });
});

describe("capacityFlow: the binding bottleneck", () => {
  it("is the stage with the lowest capacity to inflow, not simply the first that loses", () => {
    const flow = capacityFlow([
      // 1,000 in, 800 handled (0.8), × 50 % = 400
      { stage: "SDR", inflow: 1_000, capacity: 800, conversion: 0.5 },
      // 400 in, 100 handled (0.25), × 50 % = 50
      { stage: "AE", capacity: 100, conversion: 0.5 },
    ]);
    expect(flow.output).toBe(50);
    // Unlimited AE: 400 × 50 % = 200.
    expect(flow.bottleneck).toMatchObject({ stage: "AE", index: 1, lost: 300, capacityToInflow: 0.25, outputIfRelieved: 200 });
  });

  it("ties go upstream", () => {
    const flow = capacityFlow([
      { stage: "first", inflow: 100, capacity: 50, conversion: 1 }, // 0.5
      { stage: "second", capacity: 25, conversion: 1 }, // 25 ÷ 50 = 0.5
    ]);
    expect(flow.bottleneck?.stage).toBe("first");
  });

  it("adds direct entries further down to what arrives from upstream", () => {
    const flow = capacityFlow([
      { stage: "marketing", inflow: 200, capacity: null, conversion: 0.1 }, // 20
      { stage: "sales", inflow: 10, capacity: 25, conversion: 0.2 }, // 20 + 10 = 30 in, 25 handled → 5
    ]);
    expect(flow.stages[1]).toMatchObject({ inflow: 30, handled: 25, lost: 5, output: 5 });
    expect(flow.bottleneck?.stage).toBe("sales");
  });

  it("handles an empty month without dividing by zero", () => {
    const flow = capacityFlow([{ stage: "only", inflow: 0, capacity: 10, conversion: 0.5 }]);
    expect(flow.stages[0]).toMatchObject({ inflow: 0, output: 0, capacityToInflow: null });
    expect(flow.bottleneck).toBeNull();
  });
});
