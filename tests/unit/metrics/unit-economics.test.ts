import { describe, expect, it } from "vitest";
import {
  acquisitionCost,
  averageRevenuePerAccount,
  cacPaybackMonths,
  lifetimeValue,
  ltvToCac,
  monthlyLogoChurn,
  segmentEconomics,
  type SegmentEconomics,
  type SegmentEconomicsInput,
} from "@/lib/metrics/unit-economics";

const enterprise: SegmentEconomicsInput = {
  segmentId: 1,
  salesSpendMinor: 600_000,
  marketingSpendMinor: 400_000,
  newCustomers: 4,
  mrrMinor: 1_000_000,
  payingCustomers: 20,
  churnedCustomers: 2,
  customerMonths: 100,
};

describe("the building blocks", () => {
  it.each([
    ["CAC = (600,000 + 400,000) ÷ 4", acquisitionCost(enterprise), 250_000],
    ["CAC with no new customers", acquisitionCost({ ...enterprise, newCustomers: 0 }), null],
    ["CAC with no spend recorded is unknown, not free", acquisitionCost({ ...enterprise, salesSpendMinor: 0, marketingSpendMinor: 0 }), null],
    ["CAC from marketing spend alone = 400,000 ÷ 4", acquisitionCost({ ...enterprise, salesSpendMinor: 0 }), 100_000],
    ["ARPA = 1,000,000 ÷ 20", averageRevenuePerAccount(1_000_000, 20), 50_000],
    ["ARPA with nobody paying", averageRevenuePerAccount(0, 0), null],
    ["monthly churn = 2 ÷ 100 customer-months", monthlyLogoChurn(enterprise), 0.02],
    ["monthly churn with no customers", monthlyLogoChurn({ churnedCustomers: 0, customerMonths: 0 }), null],
    ["LTV = 50,000 × 0.8 ÷ 0.02", lifetimeValue(50_000, 0.02), 2_000_000],
    ["LTV at a 0.5 margin = 50,000 × 0.5 ÷ 0.02", lifetimeValue(50_000, 0.02, 0.5), 1_250_000],
    ["LTV with no churn", lifetimeValue(50_000, 0), null],
    ["LTV with unknown churn", lifetimeValue(50_000, null), null],
    ["LTV with unknown ARPA", lifetimeValue(null, 0.02), null],
    ["LTV:CAC = 2,000,000 ÷ 250,000", ltvToCac(2_000_000, 250_000), 8],
    ["LTV:CAC with unknown LTV", ltvToCac(null, 250_000), null],
    ["payback = 250,000 ÷ (50,000 × 0.8) months", cacPaybackMonths(250_000, 50_000), 6.25],
    ["payback at a 0.5 margin = 250,000 ÷ 25,000", cacPaybackMonths(250_000, 50_000, 0.5), 10],
    ["payback with no ARPA", cacPaybackMonths(250_000, null), null],
    ["payback with zero ARPA", cacPaybackMonths(250_000, 0), null],
  ])("%s", (_, actual, expected) => {
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 9);
  });
});

describe("segmentEconomics", () => {
  it.each<[string, SegmentEconomicsInput, number | undefined, SegmentEconomics]>([
    [
      "a healthy segment",
      enterprise,
      undefined,
      {
        segmentId: 1,
        cacMinor: 250_000,
        arpaMinor: 50_000,
        monthlyLogoChurn: 0.02,
        ltvMinor: 2_000_000,
        ltvToCac: 8,
        paybackMonths: 6.25,
      },
    ],
    // CAC 1,000,000 ÷ 3 = 333,333.33 → 333,333 shown; the ratios use the unrounded value:
    // LTV:CAC = 2,000,000 ÷ 333,333.33 = 6; payback = 333,333.33 ÷ 40,000 = 8.333….
    [
      "rounding only the money shown",
      { ...enterprise, segmentId: 2, newCustomers: 3 },
      undefined,
      {
        segmentId: 2,
        cacMinor: 333_333,
        arpaMinor: 50_000,
        monthlyLogoChurn: 0.02,
        ltvMinor: 2_000_000,
        ltvToCac: 6,
        paybackMonths: 25 / 3,
      },
    ],
    [
      "no churn yet: no lifetime value, payback still known",
      { ...enterprise, segmentId: 3, churnedCustomers: 0 },
      undefined,
      {
        segmentId: 3,
        cacMinor: 250_000,
        arpaMinor: 50_000,
        monthlyLogoChurn: 0,
        ltvMinor: null,
        ltvToCac: null,
        paybackMonths: 6.25,
      },
    ],
    [
      "no spend recorded: no CAC, so no LTV:CAC and no payback",
      { ...enterprise, segmentId: 5, salesSpendMinor: 0, marketingSpendMinor: 0 },
      undefined,
      {
        segmentId: 5,
        cacMinor: null,
        arpaMinor: 50_000,
        monthlyLogoChurn: 0.02,
        ltvMinor: 2_000_000,
        ltvToCac: null,
        paybackMonths: null,
      },
    ],
    // ARPA 50,000 × 0.6 = 30,000: LTV 30,000 ÷ 0.02 = 1,500,000; payback 250,000 ÷ 30,000.
    [
      "its own gross margin",
      { ...enterprise, segmentId: 4 },
      0.6,
      {
        segmentId: 4,
        cacMinor: 250_000,
        arpaMinor: 50_000,
        monthlyLogoChurn: 0.02,
        ltvMinor: 1_500_000,
        ltvToCac: 6,
        paybackMonths: 25 / 3,
      },
    ],
  ])("%s", (_, row, margin, expected) => {
    const [result] = segmentEconomics([row], margin);
    expect(result).toEqual({
      ...expected,
      ltvToCac: expected.ltvToCac === null ? null : expect.closeTo(expected.ltvToCac, 9),
      paybackMonths: expected.paybackMonths === null ? null : expect.closeTo(expected.paybackMonths, 9),
    });
  });
});
