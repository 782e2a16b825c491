import { describe, expect, it } from "vitest";
import { economicsGaps, type EconomicsGapInputs, type EconomicsGaps } from "@/lib/metrics/economics-gaps";

// Every input present: each figure has a value.
const complete: EconomicsGapInputs = {
  salesSpendMinor: 600_000,
  marketingSpendMinor: 400_000,
  newCustomers: 4,
  payingCustomers: 20,
  customerMonths: 100,
  churnedCustomers: 2,
  salesCycle: { deals: 5 },
};

const none: EconomicsGaps = { cac: null, ltv: null, ltvToCac: null, payback: null, dealSize: null, salesCycle: null };

describe("economicsGaps", () => {
  it.each<[string, Partial<EconomicsGapInputs>, Partial<EconomicsGaps>]>([
    ["every input present", {}, {}],
    // 1,000,000 ÷ 0 new customers: no CAC, so neither LTV:CAC nor payback.
    ["no new customers", { newCustomers: 0 }, { cac: "NO_NEW_CUSTOMERS", ltvToCac: "NO_NEW_CUSTOMERS", payback: "NO_NEW_CUSTOMERS" }],
    ["no spend recorded", { salesSpendMinor: 0, marketingSpendMinor: 0 }, { cac: "NO_SPEND", ltvToCac: "NO_SPEND", payback: "NO_SPEND" }],
    ["marketing spend alone is spend", { salesSpendMinor: 0 }, {}],
    // Both missing: the customers are named first, since without them no spend could be divided.
    ["no spend and no new customers", { salesSpendMinor: 0, marketingSpendMinor: 0, newCustomers: 0 }, { cac: "NO_NEW_CUSTOMERS", ltvToCac: "NO_NEW_CUSTOMERS", payback: "NO_NEW_CUSTOMERS" }],
    [
      "spend not attributable (owner filter)",
      { salesSpendMinor: null, marketingSpendMinor: null },
      { cac: "SPEND_NOT_ATTRIBUTABLE", ltvToCac: "SPEND_NOT_ATTRIBUTABLE", payback: "SPEND_NOT_ATTRIBUTABLE" },
    ],
    // 2 churned ÷ 100 customer-months is known, but ARPA = MRR ÷ 0 paying is not: no LTV, no payback.
    ["nobody paying in the last month", { payingCustomers: 0 }, { ltv: "NO_PAYING_CUSTOMERS", ltvToCac: "NO_PAYING_CUSTOMERS", payback: "NO_PAYING_CUSTOMERS" }],
    ["no customers at risk", { customerMonths: 0, churnedCustomers: 0 }, { ltv: "NO_CUSTOMERS_AT_RISK", ltvToCac: "NO_CUSTOMERS_AT_RISK" }],
    // Churn 0 ÷ 100 = 0: the lifetime is unbounded; payback needs no churn.
    ["no churn", { churnedCustomers: 0 }, { ltv: "NO_CHURN", ltvToCac: "NO_CHURN" }],
    // LTV is named before CAC for their ratio, as LTV is its numerator.
    ["no churn and no spend", { churnedCustomers: 0, salesSpendMinor: 0, marketingSpendMinor: 0 }, { cac: "NO_SPEND", ltv: "NO_CHURN", ltvToCac: "NO_CHURN", payback: "NO_SPEND" }],
    ["no won deals", { salesCycle: { deals: 0 } }, { dealSize: "NO_WON_DEALS", salesCycle: "NO_WON_DEALS" }],
  ])("%s", (_, change, expected) => {
    expect(economicsGaps({ ...complete, ...change })).toEqual({ ...none, ...expected });
  });
});
