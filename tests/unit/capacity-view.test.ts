import { describe, expect, it } from "vitest";
import { capacityKindQuery, parseCapacityKind } from "@/lib/validation/capacity-view";

describe("parseCapacityKind", () => {
  it.each<[string, Record<string, unknown>, "ACCOUNT" | "LEAD"]>([
    ["absent: the bow-tie's own record", {}, "ACCOUNT"],
    ["leads", { kind: "LEAD" }, "LEAD"],
    ["accounts", { kind: "ACCOUNT" }, "ACCOUNT"],
    ["a kind the chain cannot count", { kind: "DEAL" }, "ACCOUNT"],
    ["not a kind at all", { kind: "lead" }, "ACCOUNT"],
    ["the first of repeated values", { kind: ["LEAD", "ACCOUNT"] }, "LEAD"],
  ])("%s", (_, input, kind) => {
    expect(parseCapacityKind(input)).toBe(kind);
  });
});

describe("capacityKindQuery", () => {
  it("leaves the default out of the address and writes the other", () => {
    expect(capacityKindQuery("ACCOUNT")).toBe("");
    expect(capacityKindQuery("LEAD")).toBe("kind=LEAD");
  });
});
