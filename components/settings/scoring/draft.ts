import type { FitAttribute, TouchpointType } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { translateIssue, type Translate } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";
import { TOUCHPOINT_TYPES, type ScoringRules } from "@/lib/scoring/rules";
import { scoringRulesSchema } from "@/lib/scoring/schema";

/** A fit rule as its inputs hold it: text, as typed. `key` keeps a row's inputs when rows above it are removed. */
export type DraftRule = { key: number; attribute: FitAttribute; value: string; minEmployees: string; maxEmployees: string; points: string };
export type Draft = { fitRules: DraftRule[]; engagementPoints: Record<TouchpointType, string>; halfLifeDays: string };

const text = (value: number | string | null) => (value === null ? "" : String(value));

export function toDraft(rules: ScoringRules): Draft {
  return {
    fitRules: rules.fitRules.map((rule, index) => ({
      key: index,
      attribute: rule.attribute,
      value: text(rule.value),
      minEmployees: text(rule.minEmployees),
      maxEmployees: text(rule.maxEmployees),
      points: text(rule.points),
    })),
    engagementPoints: Object.fromEntries(TOUCHPOINT_TYPES.map((type) => [type, text(rules.engagementPoints[type])])) as Record<TouchpointType, string>,
    halfLifeDays: text(rules.halfLifeDays),
  };
}

/** What the server actions take: the draft without its row keys. */
export function draftInput(draft: Draft) {
  return { ...draft, fitRules: draft.fitRules.map(({ key: _key, ...rule }) => rule) };
}

/**
 * The draft checked by the same schema the server uses, so each field shows its own message
 * before anything is sent: messages keyed by path ("fitRules.2.points"), or null when valid.
 */
export function draftErrors(draft: Draft, t: Translate, locale: Locale): Record<string, string[]> | null {
  const parsed = scoringRulesSchema.safeParse(draftInput(draft), { error: validationErrorMap(locale) });
  if (parsed.success) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(translateIssue(t, issue.message));
  return errors;
}
