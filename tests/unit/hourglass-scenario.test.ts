import { describe, expect, it } from "vitest";
import { hourglass } from "@/lib/metrics/hourglass";
import {
  countSliderMax,
  defaultDealSize,
  HOURGLASS_PRESET,
  hourglassInputs,
  hourglassQueryString,
  MAX_DEAL_SIZE,
  MAX_MONTHLY_RECORDS,
  measuredScenario,
  parseHourglassScenario,
  presetScenario,
  PRESET_DEAL_SIZE,
  type HourglassScenario,
} from "@/lib/validation/hourglass-scenario";

const DEAL = 12_000;
const preset = presetScenario(DEAL);
const parse = (query: string) => parseHourglassScenario(Object.fromEntries(new URLSearchParams(query)), DEAL);

describe("parseHourglassScenario", () => {
  it("an address without a scenario is the seeds' example with the filters' deal size", () => {
    expect(parse("")).toEqual({ visits: 1_000, capacity: 700, meetingRate: 5, saleRate: 15, dealSize: DEAL });
    expect(parse("period=quarter&segment=2")).toEqual(preset);
  });

  it("reads every field", () => {
    expect(parse("visits=1500&capacity=none&meetingRate=7.5&saleRate=20&dealSize=25000")).toEqual({
      visits: 1_500,
      capacity: null,
      meetingRate: 7.5,
      saleRate: 20,
      dealSize: 25_000,
    });
  });

  it.each<[string, string, Partial<HourglassScenario>]>([
    ["unreadable values fall back one by one", "visits=many&capacity=lots&meetingRate=&saleRate=x&dealSize=1e", {}],
    ["negative values clamp to 0", "visits=-5&capacity=-1&meetingRate=-3", { visits: 0, capacity: 0, meetingRate: 0 }],
    ["rates above 100 % clamp to 100 %", "meetingRate=250&saleRate=101", { meetingRate: 100, saleRate: 100 }],
    ["counts and deal size above their bounds clamp", "visits=9e9&capacity=2000001&dealSize=1e12", { visits: MAX_MONTHLY_RECORDS, capacity: MAX_MONTHLY_RECORDS, dealSize: MAX_DEAL_SIZE }],
    ["counts round to whole records, rates to 0.1 %", "visits=999.5&capacity=700.4&meetingRate=5.04&saleRate=14.95", { visits: 1_000, capacity: 700, meetingRate: 5, saleRate: 15 }],
  ])("%s", (_, query, change) => {
    expect(parse(query)).toEqual({ ...preset, ...change });
  });

  it("reads repeated keys as lists the way Next hands them over", () => {
    expect(parseHourglassScenario({ visits: ["800", "900"], capacity: ["none"] }, DEAL)).toEqual({ ...preset, visits: 800, capacity: null });
  });
});

describe("hourglassQueryString", () => {
  it.each<HourglassScenario>([preset, { visits: 0, capacity: null, meetingRate: 0.1, saleRate: 100, dealSize: 0 }])("reads back as the same scenario: %o", (scenario) => {
    expect(parse(hourglassQueryString(scenario))).toEqual(scenario);
  });

  it("writes every field", () => {
    expect(hourglassQueryString(preset)).toBe("visits=1000&capacity=700&meetingRate=5&saleRate=15&dealSize=12000");
  });
});

describe("hourglassInputs", () => {
  it("gives lib/metrics shares and cents, so the example is 35 meetings and 5 sales", () => {
    expect(hourglassInputs(preset)).toEqual({ visits: 1_000, capacity: 700, visitToMeeting: 0.05, meetingToSale: 0.15, dealSizeMinor: 1_200_000 });
    expect(hourglass(hourglassInputs(preset))).toMatchObject({ meetings: 35, sales: 5, revenueMinor: 6_000_000 });
    expect(hourglass(hourglassInputs({ ...preset, capacity: 1_000 }))).toMatchObject({ meetings: 50, sales: 8 });
  });
});

describe("defaults", () => {
  it.each<[number | null, number]>([
    [null, PRESET_DEAL_SIZE],
    [1_234_550, 12_346], // €12,345.50 → €12,346 (half up)
    [1_234_549, 12_345],
    [10 ** 12, MAX_DEAL_SIZE],
  ])("the default deal size for an average of %s cents is €%s", (averageMinor, euros) => {
    expect(defaultDealSize(averageMinor)).toBe(euros);
  });

  it("measuredScenario rounds the rates to the sliders' 0.1 %", () => {
    expect(measuredScenario({ visits: 54, capacity: 1_500, visitToMeeting: 0.56389, meetingToSale: 0.23967 }, DEAL)).toEqual({
      visits: 54,
      capacity: 1_500,
      meetingRate: 56.4,
      saleRate: 24,
      dealSize: DEAL,
    });
  });

  it("the preset is the seeds' example", () => {
    expect(HOURGLASS_PRESET).toEqual({ visits: 1_000, capacity: 700, meetingRate: 5, saleRate: 15 });
  });
});

describe("countSliderMax", () => {
  it.each<[string, (number | null)[], (number | null)[], number]>([
    ["at least 2,000", [54, 1_500], [1_000, 700], 5_000], // twice 1,500 → 3,000 → 5,000
    ["small counts still leave room for the example", [10, null], [1_000, 700], 2_000],
    ["twice the largest measured count, rounded up to 1, 2 or 5 × 10ⁿ", [4_100, 60], [], 10_000],
    ["a larger value already in the address", [54, 1_500], [30_000, null], 50_000],
    ["never past the bound", [900_000], [], MAX_MONTHLY_RECORDS],
  ])("%s", (_, measured, chosen, max) => {
    expect(countSliderMax(measured, chosen)).toBe(max);
  });
});
