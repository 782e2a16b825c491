import { z } from "zod";
import { FitAttribute, LeadSource, Persona } from "@/generated/prisma/enums";
import { optionalText, optionalWholeNumber, recordId, wholeNumber } from "@/lib/validation/records/fields";
import { TOUCHPOINT_TYPES, type FitRule, type ScoringRules } from "./rules";

/** The most fit rules one version may hold: each is a term of every lead's score. */
export const MAX_FIT_RULES = 200;
const MAX_EMPLOYEES = 5_000_000;

/*
 * The scoring rules as an admin edits them, shared by the settings form and its server
 * actions. Messages are catalog keys. A rule keeps only what its attribute uses: a value
 * for everything but company size, bounds for company size alone.
 */

const fitRule = z
  .object({
    attribute: z.enum(FitAttribute, { error: "validation.option" }),
    value: optionalText(100),
    minEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
    maxEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
    points: wholeNumber(-100, 100),
  })
  .transform((rule, context): FitRule => {
    const { attribute, points } = rule;
    if (attribute === "EMPLOYEES") {
      if (rule.minEmployees === null && rule.maxEmployees === null) context.addIssue({ code: "custom", path: ["minEmployees"], message: "scoring.validation.rangeNeeded" });
      else if (rule.minEmployees !== null && rule.maxEmployees !== null && rule.minEmployees > rule.maxEmployees)
        context.addIssue({ code: "custom", path: ["maxEmployees"], message: "scoring.validation.rangeOrder" });
      return { attribute, value: null, minEmployees: rule.minEmployees, maxEmployees: rule.maxEmployees, points };
    }
    let value = rule.value;
    if (value === null) context.addIssue({ code: "custom", path: ["value"], message: "validation.required" });
    else if (attribute === "COUNTRY") {
      value = value.toUpperCase();
      if (!/^[A-Z]{2}$/.test(value)) context.addIssue({ code: "custom", path: ["value"], message: "validation.country" });
    } else if (attribute === "PERSONA" && !(value in Persona)) context.addIssue({ code: "custom", path: ["value"], message: "validation.option" });
    else if (attribute === "SOURCE" && !(value in LeadSource)) context.addIssue({ code: "custom", path: ["value"], message: "validation.option" });
    return { attribute, value, minEmployees: null, maxEmployees: null, points };
  });

const engagementPoints = z.object(Object.fromEntries(TOUCHPOINT_TYPES.map((type) => [type, wholeNumber(0, 100)])) as Record<(typeof TOUCHPOINT_TYPES)[number], ReturnType<typeof wholeNumber>>);

/** A whole set of rules. The same condition twice would count its points twice, so it is refused. */
export const scoringRulesSchema = z
  .object({
    fitRules: z.array(fitRule).max(MAX_FIT_RULES, { error: "scoring.validation.tooManyRules" }),
    engagementPoints,
    halfLifeDays: wholeNumber(1, 3650),
  })
  .superRefine((rules, context) => {
    const seen = new Set<string>();
    rules.fitRules.forEach((rule, index) => {
      const key = JSON.stringify([rule.attribute, rule.value?.toLowerCase() ?? null, rule.minEmployees, rule.maxEmployees]);
      if (seen.has(key)) context.addIssue({ code: "custom", path: ["fitRules", index, "value"], message: "scoring.validation.duplicate" });
      seen.add(key);
    });
  })
  .transform((rules): ScoringRules => rules as ScoringRules);

/** Saving names the version the form was opened at (0 when there was none), so a save over someone else's is refused. */
export const saveScoringRulesSchema = z.object({
  rules: scoringRulesSchema,
  baseVersion: z.coerce.number({ error: "validation.version" }).int().min(0, { error: "validation.version" }),
});

export const previewScoringRulesSchema = z.object({ rules: scoringRulesSchema });

/** Recomputing needs nothing but the rules in force. */
export const recomputeScoresSchema = z.object({});

/** Starting a failed run again names it, so a stale page cannot restart another one. */
export const restartScoringRunSchema = z.object({ runId: recordId });
