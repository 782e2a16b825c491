import type { TouchpointType } from "@/generated/prisma/enums";
import { MAX_SCORE, TOUCHPOINT_TYPES, type FitFacts, type FitRule, type ScoringRules, type Touch } from "./rules";

const SECONDS_PER_DAY = 86_400;

/**
 * A raw sum of points as a stored score: clamped to 0–100, then rounded half up. Written as
 * floor(x + 0.5) so that the SQL recompute, doing the same floating-point steps, lands on
 * the same integer.
 */
export function toScore(raw: number): number {
  return Math.floor(Math.min(MAX_SCORE, Math.max(0, raw)) + 0.5);
}

/** Whether a lead meets a fit rule; a missing value meets none. Text compares ignoring case. */
export function fitRuleMatches(rule: FitRule, lead: FitFacts): boolean {
  const value = rule.value ?? "";
  switch (rule.attribute) {
    case "INDUSTRY":
      return lead.industry !== null && lead.industry.toLowerCase() === value.toLowerCase();
    case "COUNTRY":
      return lead.country !== null && lead.country.toUpperCase() === value.toUpperCase();
    case "PERSONA":
      return lead.persona === value;
    case "SOURCE":
      return lead.source === value;
    case "TITLE":
      return lead.title !== null && value !== "" && lead.title.toLowerCase().includes(value.toLowerCase());
    case "EMPLOYEES":
      return (
        lead.employees !== null &&
        (rule.minEmployees === null || lead.employees >= rule.minEmployees) &&
        (rule.maxEmployees === null || lead.employees <= rule.maxEmployees)
      );
  }
}

export type FitMatch = { index: number; rule: FitRule; points: number };
export type FitBreakdown = { matches: FitMatch[]; raw: number; score: number };

/** Fit: the points of every rule the lead meets, summed, then clamped to 0–100. */
export function fitBreakdown(rules: readonly FitRule[], lead: FitFacts): FitBreakdown {
  const matches = rules.flatMap((rule, index) => (fitRuleMatches(rule, lead) ? [{ index, rule, points: rule.points }] : []));
  const raw = matches.reduce((sum, match) => sum + match.points, 0);
  return { matches, raw, score: toScore(raw) };
}

/** What is left of a touch's points `ageMs` after it happened: 0.5^(age in days ÷ half-life). */
export function decayFactor(ageMs: number, halfLifeDays: number): number {
  return Math.pow(0.5, ageMs / 1000 / (halfLifeDays * SECONDS_PER_DAY));
}

/** One touchpoint type's share of a lead's engagement: how many touches, each worth `pointsEach` new, worth `points` after decay. */
export type TypeEngagement = { type: TouchpointType; count: number; pointsEach: number; points: number };
export type EngagementBreakdown = { byType: TypeEngagement[]; raw: number; score: number };

/**
 * Engagement as of `asOf`: Σ over the lead's touches up to then of points(type) ×
 * 0.5^(age in days ÷ half-life), clamped to 0–100 and rounded half up. Touches after
 * `asOf` do not count yet. Types the lead has no touch of are left out.
 */
export function engagementBreakdown(rules: Pick<ScoringRules, "engagementPoints" | "halfLifeDays">, touches: readonly Touch[], asOf: Date): EngagementBreakdown {
  const byType = new Map<TouchpointType, TypeEngagement>();
  let raw = 0;
  for (const touch of touches) {
    const age = asOf.getTime() - touch.occurredAt.getTime();
    if (age < 0) continue;
    const pointsEach = rules.engagementPoints[touch.type];
    const points = pointsEach * decayFactor(age, rules.halfLifeDays);
    const entry = byType.get(touch.type) ?? { type: touch.type, count: 0, pointsEach, points: 0 };
    entry.count++;
    entry.points += points;
    byType.set(touch.type, entry);
    raw += points;
  }
  return { byType: TOUCHPOINT_TYPES.flatMap((type) => byType.get(type) ?? []), raw, score: toScore(raw) };
}

/** Both scores of one lead under a set of rules, as of `asOf`. */
export function scoreLead(rules: ScoringRules, lead: FitFacts, touches: readonly Touch[], asOf: Date): { fit: number; engagement: number } {
  return { fit: fitBreakdown(rules.fitRules, lead).score, engagement: engagementBreakdown(rules, touches, asOf).score };
}
