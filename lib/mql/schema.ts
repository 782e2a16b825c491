import { z } from "zod";
import { Persona } from "@/generated/prisma/enums";
import { optionalText, optionalWholeNumber, recordId, wholeNumber } from "@/lib/validation/records/fields";
import { ISO_COUNTRIES } from "./countries";

/*
 * The MQL builder's fields, shared by the form, its live preview and the server actions.
 * Custom messages are catalog keys, translated where they are shown.
 */

export const MAX_EMPLOYEES = 10_000_000;
/** Ten years: an engagement window longer than that keeps every lead that ever touched us. */
export const MAX_WITHIN_DAYS = 3_650;

const LIST_SEPARATOR = /[\n,;]+/;

/** A list typed as text ("FI, SE" or one per line) or sent as an array: trimmed, blanks and repeats dropped. */
const textList = (item: z.ZodType<string>, max: number, tooMany: string) =>
  z.preprocess(
    (value) => {
      const items = typeof value === "string" ? value.split(LIST_SEPARATOR) : value === undefined || value === null ? [] : value;
      if (!Array.isArray(items)) return items;
      const trimmed = items.map((entry) => (typeof entry === "string" ? entry.trim() : entry)).filter((entry) => entry !== "");
      return [...new Set(trimmed)];
    },
    z.array(item).max(max, { error: tooMany }),
  );

const industry = z.string().max(100, { error: "validation.tooLong" });
const keyword = z.string().max(60, { error: "validation.tooLong" });
const countryCode = z
  .string()
  .transform((value) => value.toUpperCase())
  .refine((value) => ISO_COUNTRIES.has(value), { error: "settingsMql.validation.country" });

const ruleFields = z.object({
  industries: textList(industry, 50, "settingsMql.validation.tooMany"),
  minEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
  maxEmployees: optionalWholeNumber(0, MAX_EMPLOYEES),
  countries: textList(countryCode, 60, "settingsMql.validation.tooMany"),
  personas: z.preprocess((value) => value ?? [], z.array(z.enum(Persona, { error: "validation.option" }))).transform((values) => [...new Set(values)]),
  titleKeywords: textList(keyword, 30, "settingsMql.validation.tooMany"),
  minEngagementScore: wholeNumber(0, 100),
  withinDays: wholeNumber(1, MAX_WITHIN_DAYS),
  notes: optionalText(2000),
});

type SizeRange = { minEmployees: number | null; maxEmployees: number | null };

function sizeInOrder(rule: SizeRange, context: z.RefinementCtx) {
  if (rule.minEmployees !== null && rule.maxEmployees !== null && rule.minEmployees > rule.maxEmployees) {
    context.addIssue({ code: "custom", path: ["maxEmployees"], message: "settingsMql.validation.sizeOrder" });
  }
}

/** The criteria of one version as the builder edits them: the rule and the notes that explain it. */
export const mqlRuleSchema = ruleFields.superRefine(sizeInOrder);

export type MqlDraftFields = z.output<typeof mqlRuleSchema>;

/** A new draft for a segment. */
export const createDraftSchema = ruleFields.extend({ segmentId: recordId }).superRefine(sizeInOrder);

/**
 * A change to a draft. `base` is the fingerprint of the draft the form was opened at: a
 * draft changed by someone else since is a conflict, never overwritten.
 */
export const updateDraftSchema = ruleFields.extend({ id: recordId, base: z.string().min(1) }).superRefine(sizeInOrder);

/** The live preview: the builder's fields for a segment, judged against its open leads. */
export const previewDraftSchema = createDraftSchema;

export const discardDraftSchema = z.object({ id: recordId, base: z.string().min(1) });

/** An approval names the content the approver read, so an edit made meanwhile is not approved unseen. */
export const approveDraftSchema = z.object({ id: recordId, base: z.string().min(1) });

/** Finishing a version's cut-off re-evaluation names only the version: what is left is the run's record to say. */
export const resumeReevaluationSchema = z.object({ id: recordId });
