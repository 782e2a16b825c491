import type { Persona } from "@/generated/prisma/enums";

/** One version of the MQL agreement, as stored in MqlCriteria. */
export type MqlRule = {
  industries: string[];
  minEmployees: number | null;
  maxEmployees: number | null;
  countries: string[];
  personas: Persona[];
  titleKeywords: string[];
  minEngagementScore: number;
  withinDays: number;
};

/** What the rule looks at in a lead. */
export type MqlCandidate = {
  industry: string | null;
  employees: number | null;
  country: string | null;
  persona: Persona | null;
  title: string | null;
  engagementScore: number;
  /** The lead's latest touchpoint, for "engaged within D days". */
  lastEngagedAt: Date | null;
};

export type MqlCheckKey = "industry" | "companySize" | "country" | "persona" | "engagement" | "recency";
export type MqlCheck = { key: MqlCheckKey; pass: boolean };
export type MqlVerdict = { qualifies: boolean; checks: MqlCheck[] };

const DAY_MS = 86_400_000;

/**
 * The seeds' MQL agreement: the company fits (industry, size, country), the person fits (a
 * listed persona, or a title containing a listed keyword) and the person has shown interest
 * (engagement score at least N, with a touch within the last D days of `asOf`). An empty list
 * or an open bound accepts anything; a missing value fails a criterion that asks for one.
 */
export function evaluateMql(rule: MqlRule, lead: MqlCandidate, asOf: Date): MqlVerdict {
  const inList = (value: string | null, list: string[]) => list.length === 0 || (value !== null && list.includes(value));
  const sizeAsked = rule.minEmployees !== null || rule.maxEmployees !== null;
  const title = lead.title?.toLowerCase() ?? "";
  const personaAsked = rule.personas.length > 0 || rule.titleKeywords.length > 0;

  const checks: MqlCheck[] = [
    { key: "industry", pass: inList(lead.industry, rule.industries) },
    {
      key: "companySize",
      pass:
        !sizeAsked ||
        (lead.employees !== null &&
          (rule.minEmployees === null || lead.employees >= rule.minEmployees) &&
          (rule.maxEmployees === null || lead.employees <= rule.maxEmployees)),
    },
    { key: "country", pass: inList(lead.country, rule.countries) },
    {
      key: "persona",
      pass:
        !personaAsked ||
        (lead.persona !== null && rule.personas.includes(lead.persona)) ||
        rule.titleKeywords.some((keyword) => title.includes(keyword.toLowerCase())),
    },
    { key: "engagement", pass: lead.engagementScore >= rule.minEngagementScore },
    {
      key: "recency",
      pass:
        lead.lastEngagedAt !== null &&
        lead.lastEngagedAt.getTime() <= asOf.getTime() &&
        asOf.getTime() - lead.lastEngagedAt.getTime() <= rule.withinDays * DAY_MS,
    },
  ];
  return { qualifies: checks.every((check) => check.pass), checks };
}
