import type { FitAttribute, LeadSource, Persona, TouchpointType } from "@/generated/prisma/enums";

/** Every touchpoint type, in the order the rules list them. */
export const TOUCHPOINT_TYPES = [
  "WEB_VISIT",
  "DOWNLOAD",
  "EMAIL",
  "MAILING_LIST",
  "WEBINAR",
  "TRADE_FAIR",
  "TELEMARKETING_CALL",
  "MEETING",
] as const satisfies readonly TouchpointType[];

export const FIT_ATTRIBUTES = ["INDUSTRY", "EMPLOYEES", "COUNTRY", "PERSONA", "TITLE", "SOURCE"] as const satisfies readonly FitAttribute[];

/** Scores are 0–100: the raw sum of points is clamped to this range. */
export const MAX_SCORE = 100;

/** One fit condition and its points; `value` is null for EMPLOYEES, the bounds null otherwise. */
export type FitRule = {
  attribute: FitAttribute;
  value: string | null;
  minEmployees: number | null;
  maxEmployees: number | null;
  points: number;
};

/** A fit rule in one line: `fitRule("EMPLOYEES", null, 25, [100, 999])`. */
export function fitRule(attribute: FitAttribute, value: string | null, points: number, [minEmployees, maxEmployees]: [number | null, number | null] = [null, null]): FitRule {
  return { attribute, value, minEmployees, maxEmployees, points };
}

/** A full set of scoring rules, as one version stores them. */
export type ScoringRules = {
  fitRules: FitRule[];
  /** Points one touchpoint of each type is worth when it happens. */
  engagementPoints: Record<TouchpointType, number>;
  /** Engagement halves every this many days. */
  halfLifeDays: number;
};

/** A stored version of the rules. */
export type RuleSet = { id: number; version: number; createdAt: Date; rules: ScoringRules };

/** What fit rules look at in a lead. */
export type FitFacts = {
  industry: string | null;
  employees: number | null;
  country: string | null;
  persona: Persona | null;
  title: string | null;
  source: LeadSource;
};

export type Touch = { type: TouchpointType; occurredAt: Date };

/** No points for any touch: where an install starts before an admin sets the rules. */
export function emptyRules(): ScoringRules {
  return {
    fitRules: [],
    engagementPoints: Object.fromEntries(TOUCHPOINT_TYPES.map((type) => [type, 0])) as Record<TouchpointType, number>,
    halfLifeDays: 45,
  };
}

/** Which parts of the scores a change of rules affects. */
export type ScoreParts = { fit: boolean; engagement: boolean };

/** What changes between two sets of rules: fit when a fit rule differs, engagement when a type's points or the half-life do. */
export function changedParts(before: ScoringRules | null, after: ScoringRules): ScoreParts {
  if (before === null) return { fit: true, engagement: true };
  return {
    fit: JSON.stringify(before.fitRules.map(canonical)) !== JSON.stringify(after.fitRules.map(canonical)),
    engagement:
      before.halfLifeDays !== after.halfLifeDays || TOUCHPOINT_TYPES.some((type) => before.engagementPoints[type] !== after.engagementPoints[type]),
  };
}

function canonical(rule: FitRule): FitRule {
  return { attribute: rule.attribute, value: rule.value, minEmployees: rule.minEmployees, maxEmployees: rule.maxEmployees, points: rule.points };
}
