import type { PrismaClient } from "@/generated/prisma/client";
import type { FitFacts } from "./rules";
import { engagementBreakdown, fitBreakdown, scoreLead, type EngagementBreakdown, type FitBreakdown } from "./score";
import { activeRuleSet, ruleSetById } from "./store";

type Client = Pick<PrismaClient, "lead" | "scoringRuleSet">;

/**
 * How the lead's stored scores came about: "computed" when the rules computed both (the
 * breakdowns are under the version that did, as of the instant engagement was faded to, so
 * they add up to the stored scores); "fitOnly" when the rules computed the fit but the stored
 * engagement came with the lead; "notComputed" when neither did (the breakdowns are then
 * under the rules in force, now). `current` is what a recompute now would store, when that
 * differs from what is stored (the rules, the lead or its touches changed since, or time
 * faded the engagement).
 */
export type ScoreExplanation =
  | { status: "noRules" }
  | {
      status: "computed" | "fitOnly" | "notComputed";
      fitVersion: number;
      fit: FitBreakdown;
      engagementVersion: number;
      engagementAsOf: Date;
      halfLifeDays: number;
      engagement: EngagementBreakdown;
      current: { version: number; fit: number; engagement: number } | null;
    };

export async function explainScores(client: Client, leadId: number, now: Date): Promise<ScoreExplanation | null> {
  const lead = await client.lead.findUnique({
    where: { id: leadId },
    select: {
      industry: true, employees: true, country: true, persona: true, title: true, source: true,
      fitScore: true, engagementScore: true, scoringRuleSetId: true, scoredAt: true,
      touchpoints: { select: { type: true, occurredAt: true } },
    },
  });
  if (!lead) return null;
  const [active, stamped] = await Promise.all([activeRuleSet(client), lead.scoringRuleSetId === null ? null : ruleSetById(client, lead.scoringRuleSetId)]);
  if (!active) return { status: "noRules" };

  const facts: FitFacts = lead;
  const fitSource = stamped ?? active;
  const engagementSource = stamped && lead.scoredAt ? { ruleSet: stamped, asOf: lead.scoredAt } : { ruleSet: active, asOf: now };
  const current = scoreLead(active.rules, facts, lead.touchpoints, now);
  return {
    status: !stamped ? "notComputed" : lead.scoredAt ? "computed" : "fitOnly",
    fitVersion: fitSource.version,
    fit: fitBreakdown(fitSource.rules.fitRules, facts),
    engagementVersion: engagementSource.ruleSet.version,
    engagementAsOf: engagementSource.asOf,
    halfLifeDays: engagementSource.ruleSet.rules.halfLifeDays,
    engagement: engagementBreakdown(engagementSource.ruleSet.rules, lead.touchpoints, engagementSource.asOf),
    current: current.fit === lead.fitScore && current.engagement === lead.engagementScore ? null : { version: active.version, ...current },
  };
}
