import { describe, expect, it } from "vitest";
import { heatStep } from "@/components/retention/heat-scale";
import { mrrText } from "@/components/retention/movement-kinds";
import { parseCohortView, parseRetentionChart } from "@/lib/validation/retention-view";

describe("the retention page's own URL parameters", () => {
  it.each<[Record<string, string | string[]>, string]>([
    [{}, "logos"],
    [{ cohorts: "revenue" }, "revenue"],
    [{ cohorts: ["revenue", "logos"] }, "revenue"],
    [{ cohorts: "REVENUE" }, "logos"],
    [{ cohorts: "<script>" }, "logos"],
  ])("cohort view of %o is %s", (input, expected) => {
    expect(parseCohortView(input)).toBe(expected);
  });

  it.each([
    ["", "movements"],
    ["chart=cohorts", "cohorts"],
    ["chart=customer-age&chart=waterfall", "customer-age"],
    ["chart=everything", "movements"],
  ] as const)("CSV chart of ?%s is %s", (query, expected) => {
    expect(parseRetentionChart(new URLSearchParams(query))).toBe(expected);
  });
});

describe("heatStep", () => {
  it.each([
    [null, null],
    [0, 0],
    [0.49, 0],
    [0.5, 1],
    [0.7, 2],
    [0.849, 2],
    [0.85, 3],
    [0.95, 4],
    [0.999, 4],
    [1, 5],
    [1.4, 5],
  ] as const)("%s falls in step %s", (value, step) => {
    expect(heatStep(value)).toBe(step);
  });
});

describe("mrrText", () => {
  it.each([
    [123_456, false, "en", "€1,235"],
    [123_449, false, "en", "€1,234"],
    [123_456, true, "en", "+€1,235"],
    [-50_000, true, "en", "−€500"],
    [-50_000, false, "en", "−€500"],
    [49, true, "en", "€0"],
    [0, true, "en", "€0"],
    [123_456, true, "fi", "+1\u00a0235\u00a0€"],
  ] as const)("%i (signed: %s) in %s is %s", (amountMinor, signed, locale, expected) => {
    expect(mrrText(amountMinor, locale, signed)).toBe(expected);
  });
});
