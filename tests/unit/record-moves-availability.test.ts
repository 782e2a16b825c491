import { describe, expect, it } from "vitest";
import { accountMoves, dealMoves, leadMoves } from "@/lib/records/moves/availability";

describe("which moves a record's state allows", () => {
  it.each([
    ["AWARENESS", "NEW", ["qualify", "accept", "convert"]],
    ["AWARENESS", "REJECTED", ["accept", "convert"]],
    ["CONSIDERATION", "MQL", ["accept", "reject", "convert"]],
    ["COMPARISON", "ACCEPTED", ["convert"]],
    ["COMPARISON", "CONVERTED", []],
    ["AWARENESS", "DISQUALIFIED", []],
  ] as const)("a lead in %s, %s: %j", (stage, status, expected) => {
    expect(leadMoves({ stage, status })).toEqual(expected);
  });

  it.each([
    ["OPEN", ["win", "lose"]],
    ["WON", []],
    ["LOST", []],
  ] as const)("a deal %s: %j", (status, expected) => {
    expect(dealMoves({ status })).toEqual(expected);
  });

  it.each([
    ["COMPARISON", []],
    ["PURCHASE", ["startOnboarding", "completeOnboarding", "openExpansion", "churn"]],
    ["ONBOARDING", ["completeOnboarding", "openExpansion", "churn"]],
    ["IMPACT", ["openExpansion", "churn"]],
    ["EXPANSION", ["openExpansion", "churn"]],
    ["CHURNED", []],
  ] as const)("an account in %s: %j", (stage, expected) => {
    expect(accountMoves({ stage })).toEqual(expected);
  });
});
