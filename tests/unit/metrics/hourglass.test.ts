import { describe, expect, it } from "vitest";
import type { CapacityStage } from "@/lib/metrics/capacity";
import { hourglass, hourglassFromChain, type HourglassInputs } from "@/lib/metrics/hourglass";

// The seeds' worked example, with a deal of €10,000 (1,000,000 cents).
const example: HourglassInputs = { visits: 1_000, capacity: 700, visitToMeeting: 0.05, meetingToSale: 0.15, dealSizeMinor: 1_000_000 };

describe("hourglass", () => {
  it.each<[string, Partial<HourglassInputs>, { handled: number; lost: number; meetings: number; sales: number; revenueMinor: number; salesIfRelieved: number | null }]>([
    // 700 × 5 % = 35 meetings × 15 % = 5.25 → 5 sales; unlimited: 1,000 × 5 % = 50 × 15 % = 7.5 → 8
    ["the example", {}, { handled: 700, lost: 300, meetings: 35, sales: 5, revenueMinor: 5_000_000, salesIfRelieved: 8 }],
    // 1,000 × 5 % = 50 meetings × 15 % = 7.5 → 8 sales: the capacity no longer binds
    ["capacity raised to 1,000", { capacity: 1_000 }, { handled: 1_000, lost: 0, meetings: 50, sales: 8, revenueMinor: 8_000_000, salesIfRelieved: null }],
    ["no limit", { capacity: null }, { handled: 1_000, lost: 0, meetings: 50, sales: 8, revenueMinor: 8_000_000, salesIfRelieved: null }],
    // 700 × 10 % = 70 meetings × 15 % = 10.5 → 11; unlimited 100 × 15 % = 15
    ["twice the booking rate", { visitToMeeting: 0.1 }, { handled: 700, lost: 300, meetings: 70, sales: 11, revenueMinor: 11_000_000, salesIfRelieved: 15 }],
    // 700 × 5 % = 35 × 20 % = 7; a deal of €2,500.50 → 7 × 250,050 = 1,750,350
    ["meetings close at 20 %, smaller deals", { meetingToSale: 0.2, dealSizeMinor: 250_050 }, { handled: 700, lost: 300, meetings: 35, sales: 7, revenueMinor: 1_750_350, salesIfRelieved: 10 }],
    ["a capacity of 0 handles nothing", { capacity: 0 }, { handled: 0, lost: 1_000, meetings: 0, sales: 0, revenueMinor: 0, salesIfRelieved: 8 }],
    ["no visits", { visits: 0 }, { handled: 0, lost: 0, meetings: 0, sales: 0, revenueMinor: 0, salesIfRelieved: null }],
  ])("%s", (_, change, expected) => {
    expect(hourglass({ ...example, ...change })).toEqual(expected);
  });
});

describe("hourglassFromChain", () => {
  const chain: CapacityStage[] = [
    { stage: "AWARENESS", inflow: 80, capacity: 1_500, conversion: 0.5 },
    { stage: "CONSIDERATION", inflow: 0, capacity: 1_500, conversion: 1.25 },
    { stage: "COMPARISON", inflow: 2, capacity: 60, conversion: 0.25 },
    { stage: "PURCHASE", inflow: 0, capacity: null, conversion: 1 },
  ];

  it("reads visits and capacity off the first stage, multiplies the rates up to the meeting stage, and sells at the win rate", () => {
    // 0.5 × 0.8 = 0.4 of the visits reach comparison.
    const steady = [chain[0]!, { ...chain[1]!, conversion: 0.8 }, ...chain.slice(2)];
    expect(hourglassFromChain(steady, "COMPARISON", 0.15)).toEqual({ visits: 80, capacity: 1_500, visitToMeeting: 0.4, meetingToSale: 0.15 });
  });

  it.each<[string, CapacityStage[], number | null, number, number]>([
    // 0.5 × 1.25 = 0.625: a period rate above 1 is fine inside the product
    ["a win rate with no data counts as 0", chain, null, 0.625, 0],
    ["the meeting stage may be the chain's last, as on a lead's", chain.slice(0, 3), 0.3, 0.625, 0.3],
  ])("%s", (_, stages, winRate, visitToMeeting, meetingToSale) => {
    expect(hourglassFromChain(stages, "COMPARISON", winRate)).toMatchObject({ visitToMeeting, meetingToSale });
  });

  it("caps a product above 1 at 1 and keeps an unlimited first stage unlimited", () => {
    const busy = [{ ...chain[0]!, capacity: null, conversion: 0.9 }, chain[1]!];
    // 0.9 × 1.25 = 1.125 → 1
    expect(hourglassFromChain([...busy, chain[2]!], "COMPARISON", 0.2)).toEqual({ visits: 80, capacity: null, visitToMeeting: 1, meetingToSale: 0.2 });
  });

  it("refuses a meeting stage that is not after the first", () => {
    expect(() => hourglassFromChain(chain, "AWARENESS", 0.1)).toThrow(RangeError);
    expect(() => hourglassFromChain(chain, "EXPANSION", 0.1)).toThrow(RangeError);
  });
});
