import { z } from "zod";
import { parseMoneyMinor } from "@/lib/validation/records/parse";
import { optionalWholeNumber, requiredText } from "@/lib/validation/records/fields";

export const MAX_SEGMENTS = 20;
const MAX_EMPLOYEES = 5_000_000;
/** Ten million a year, in cents: the largest deal the record forms take. */
const MAX_DEAL_MINOR = 1_000_000_000;

/** A deal-size bound typed in major units ("50 000") or given in cents as a number; blank is open. */
const optionalDealBound = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value ?? null;
    if (value.trim() === "") return null;
    return parseMoneyMinor(value) ?? value;
  },
  z
    .number({ error: "validation.money" })
    .int({ error: "validation.money" })
    .min(0, { error: "validation.tooSmall" })
    .max(MAX_DEAL_MINOR, { error: "validation.tooLarge" })
    .nullable(),
);

/** How a segment is written in URLs and exports: lower-case letters, digits and dashes. */
const segmentKey = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z
    .string({ error: "validation.required" })
    .min(1, { error: "validation.required" })
    .max(40, { error: "validation.tooLong" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "settingsStructure.validation.segmentKey" }),
);

/** One rule as the editor sends it; `id` is null for a segment the save will create. */
export const segmentRuleInput = z
  .object({
    id: z.preprocess((value) => (value === "" ? null : value), z.coerce.number().int().positive().nullable()),
    key: segmentKey,
    nameEn: requiredText(60),
    nameFi: requiredText(60),
    priority: z.coerce.number({ error: "validation.wholeNumber" }).int({ error: "validation.wholeNumber" }).min(1, { error: "validation.tooSmall" }).max(1000, { error: "validation.tooLarge" }),
    minEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
    maxEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
    minDealAmountMinor: optionalDealBound,
    maxDealAmountMinor: optionalDealBound,
  })
  .superRefine((rule, context) => {
    if (rule.minEmployees !== null && rule.maxEmployees !== null && rule.minEmployees > rule.maxEmployees) {
      context.addIssue({ code: "custom", path: ["maxEmployees"], message: "settingsStructure.validation.minAboveMax" });
    }
    if (rule.minDealAmountMinor !== null && rule.maxDealAmountMinor !== null && rule.minDealAmountMinor > rule.maxDealAmountMinor) {
      context.addIssue({ code: "custom", path: ["maxDealAmountMinor"], message: "settingsStructure.validation.minAboveMax" });
    }
  });

export type SegmentRuleInput = z.output<typeof segmentRuleInput>;

/** The whole rule set in priority order: keys and priorities are each used once, every segment once. */
export const segmentRuleSet = z
  .array(segmentRuleInput)
  .min(1, { error: "settingsStructure.validation.noSegments" })
  .max(MAX_SEGMENTS, { error: "settingsStructure.validation.tooManySegments" })
  .superRefine((rules, context) => {
    const repeated = (value: (rule: SegmentRuleInput) => unknown, field: keyof SegmentRuleInput, message: string) => {
      const seen = new Set<unknown>();
      rules.forEach((rule, index) => {
        const key = value(rule);
        if (key === null) return;
        if (seen.has(key)) context.addIssue({ code: "custom", path: [index, field], message });
        seen.add(key);
      });
    };
    repeated((rule) => rule.key, "key", "settingsStructure.validation.duplicateKey");
    repeated((rule) => rule.priority, "priority", "settingsStructure.validation.duplicatePriority");
    repeated((rule) => rule.id, "id", "settingsStructure.validation.duplicateSegment");
  })
  .transform((rules) => [...rules].sort((a, b) => a.priority - b.priority));

/** Preview: the rules as edited, nothing saved. */
export const previewSegmentRulesSchema = z.object({ rules: segmentRuleSet });

/** Save: the rules as edited, and the rules as the page showed them, to refuse a save over someone else's. */
export const saveSegmentRulesSchema = z.object({ rules: segmentRuleSet, base: z.array(z.unknown(), { error: "validation.version" }) });

export const deleteSegmentSchema = z.object({ id: z.coerce.number().int().positive({ error: "validation.reference" }) });

export const reassignSegmentsSchema = z.object({});
