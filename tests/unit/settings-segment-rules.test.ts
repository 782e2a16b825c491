import { describe, expect, it } from "vitest";
import { z } from "zod";
import { matchingRule, ruleCatches, type SegmentRule } from "@/lib/settings/segments/rules";
import { previewSegmentRulesSchema, saveSegmentRulesSchema } from "@/lib/settings/segments/schema";
import { updateSalesModelSchema, updateStageDefinitionSchema } from "@/lib/settings/stages/schema";
import { updateCareModelSchema } from "@/lib/settings/care-models/schema";

const rule = (minEmployees: number | null, maxEmployees: number | null, minDeal: number | null = null, maxDeal: number | null = null): SegmentRule => ({
  minEmployees,
  maxEmployees,
  minDealAmountMinor: minDeal,
  maxDealAmountMinor: maxDeal,
});

// The demo company's rules: enterprise 1000+, mid-market 100–999, volume up to 99.
const DEMO = [rule(1000, null), rule(100, 999), rule(null, 99)];

describe("matchingRule: the first rule in priority order that catches the company", () => {
  it.each([
    [5000, null, 0],
    [1000, null, 0],
    [999, null, 1],
    [100, null, 1],
    [99, null, 2],
    [0, null, 2],
    [null, null, null],
  ] as const)("%s employees → rule %s", (employees, deal, expected) => {
    expect(matchingRule(DEMO, { employees, dealAmountMinor: deal })).toBe(expected);
  });

  it("needs every bounded range: employees and deal size together", () => {
    const rules = [rule(100, null, 5_000_000, null), rule(null, null)];
    expect(matchingRule(rules, { employees: 200, dealAmountMinor: 6_000_000 })).toBe(0);
    expect(matchingRule(rules, { employees: 200, dealAmountMinor: 4_000_000 })).toBe(1);
    expect(matchingRule(rules, { employees: 50, dealAmountMinor: 6_000_000 })).toBe(1);
  });

  it("an unknown value fails a bounded range and passes an open one", () => {
    expect(ruleCatches(rule(null, null, 0, null), { employees: 10, dealAmountMinor: null })).toBe(false);
    expect(ruleCatches(rule(1, 10), { employees: 5, dealAmountMinor: null })).toBe(true);
    expect(ruleCatches(rule(null, null), { employees: null, dealAmountMinor: null })).toBe(true);
  });

  it("the lower rule loses where two overlap", () => {
    expect(matchingRule([rule(50, 500), rule(100, 999)], { employees: 200, dealAmountMinor: null })).toBe(0);
  });
});

const segment = (priority: number, key: string, extra: Record<string, unknown> = {}) => ({
  id: null,
  key,
  nameEn: key,
  nameFi: key,
  priority,
  minEmployees: "",
  maxEmployees: "",
  minDealAmountMinor: "",
  maxDealAmountMinor: "",
  ...extra,
});

const messages = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("segment rule validation", () => {
  it("reads bounds as people type them: blank is open, deal sizes in euros", () => {
    const parsed = previewSegmentRulesSchema.parse({ rules: [segment(2, "b", { minEmployees: "1 000" }), segment(1, "a", { maxDealAmountMinor: "50 000" })] });
    expect(parsed.rules.map((rule) => [rule.key, rule.minEmployees, rule.maxDealAmountMinor])).toEqual([
      ["a", null, 5_000_000],
      ["b", 1000, null],
    ]);
  });

  it.each([
    ["min above max employees", [segment(1, "a", { minEmployees: "100", maxEmployees: "99" })], { "rules.0.maxEmployees": "settingsStructure.validation.minAboveMax" }],
    ["min above max deal size", [segment(1, "a", { minDealAmountMinor: "2", maxDealAmountMinor: "1" })], { "rules.0.maxDealAmountMinor": "settingsStructure.validation.minAboveMax" }],
    ["a repeated key", [segment(1, "a"), segment(2, "a")], { "rules.1.key": "settingsStructure.validation.duplicateKey" }],
    ["a repeated priority", [segment(1, "a"), segment(1, "b")], { "rules.1.priority": "settingsStructure.validation.duplicatePriority" }],
    ["a key with spaces", [segment(1, "Mid market")], { "rules.0.key": "settingsStructure.validation.segmentKey" }],
    ["a missing name", [segment(1, "a", { nameFi: " " })], { "rules.0.nameFi": "validation.required" }],
    ["a negative bound", [segment(1, "a", { minEmployees: "-5" })], { "rules.0.minEmployees": "validation.tooSmall" }],
    ["no segments", [], { rules: "settingsStructure.validation.noSegments" }],
  ])("refuses %s", (_case, rules, expected) => {
    expect(messages(saveSegmentRulesSchema, { rules, base: [] })).toEqual(expected);
  });

  it("a save needs the rules the page showed", () => {
    expect(messages(saveSegmentRulesSchema, { rules: [segment(1, "a")] })).toEqual({ base: "validation.version" });
  });
});

describe("stage, sales-model and care-model validation", () => {
  const stage = { stage: "COMPARISON", labelEn: "Comparison", labelFi: "Vertailu", descriptionEn: "d", descriptionFi: "d", entryCriteriaEn: "e", entryCriteriaFi: "e", slaHours: "720", openedAt: new Date().toISOString() };

  it("takes a blank SLA as none and refuses one past a year or a stage off the bow-tie", () => {
    expect(updateStageDefinitionSchema.parse({ ...stage, slaHours: "" }).slaHours).toBeNull();
    expect(messages(updateStageDefinitionSchema, { ...stage, slaHours: "9000" })).toEqual({ slaHours: "validation.tooLarge" });
    expect(messages(updateStageDefinitionSchema, { ...stage, stage: "CHURNED" })).toEqual({ stage: "validation.option" });
    expect(messages(updateStageDefinitionSchema, { ...stage, openedAt: "yesterday" })).toEqual({ openedAt: "validation.version" });
  });

  it("a matrix cell with a team needs a way of working; a cell without one is unowned", () => {
    const cells = Object.fromEntries(["AWARENESS", "CONSIDERATION", "COMPARISON", "PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"].map((key) => [key, { teamId: null, mode: null }]));
    expect(messages(updateSalesModelSchema, { segmentId: 1, base: {}, cells: { ...cells, PURCHASE: { teamId: 3, mode: "" } } })).toEqual({ "cells.PURCHASE.mode": "settingsStructure.validation.modeRequired" });
    expect(updateSalesModelSchema.parse({ segmentId: 1, base: {}, cells }).cells.PURCHASE).toEqual({ teamId: null, mode: null });
  });

  it("a care model needs a channel and a cadence of 1–730 days", () => {
    const care = { tier: "KEY", nameEn: "Key", nameFi: "Avain", descriptionEn: "d", descriptionFi: "d", channels: ["PHONE", "PHONE", "IN_PERSON"], contactCadenceDays: "14", openedAt: new Date().toISOString() };
    expect(updateCareModelSchema.parse(care).channels).toEqual(["PHONE", "IN_PERSON"]);
    expect(updateCareModelSchema.parse({ ...care, channels: "EMAIL" }).channels).toEqual(["EMAIL"]);
    expect(messages(updateCareModelSchema, { ...care, channels: [] })).toEqual({ channels: "settingsStructure.validation.channelRequired" });
    expect(messages(updateCareModelSchema, { ...care, contactCadenceDays: "0" })).toEqual({ contactCadenceDays: "validation.tooSmall" });
    expect(messages(updateCareModelSchema, { ...care, channels: ["FAX"] })).toEqual({ "channels.0": "validation.option" });
  });
});
