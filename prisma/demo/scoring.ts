import type { Persona } from "@/generated/prisma/enums";
import { fitRule as rule, type ScoringRules } from "@/lib/scoring/rules";
import { insertRuleSetStatement } from "@/lib/scoring/store";
import { INDUSTRIES, PERSONA_FIT } from "./catalog";
import { SEGMENTS } from "./company";
import { ENGAGEMENT, ENGAGEMENT_HALF_LIFE_DAYS } from "./lead-journey";

// The weights of people.ts's fitScore: industry 40 %, company size 25 %, persona 35 %.
const INDUSTRY_POINTS = 40;
const SIZE_POINTS = 25;
const PERSONA_POINTS = 35;
/** people.ts scores the volume segment's size at 0.6 of the larger segments'. */
const VOLUME_SIZE_FIT = 0.6;

/**
 * The demo company's scoring rules, version 1: the generator's own fit and engagement
 * formulas written as rules, so that recomputing gives what the generator wrote, short of
 * its random noise on fit, its fixed scores for leads without an industry or a size (no
 * rule matches an unknown), and the lift it gives leads that qualified as MQLs.
 */
export function demoScoringRules(): ScoringRules {
  return {
    fitRules: [
      ...INDUSTRIES.map(([industry, fit]) => rule("INDUSTRY", industry, Math.round(INDUSTRY_POINTS * fit))),
      ...SEGMENTS.map((segment) =>
        rule("EMPLOYEES", null, Math.round(SIZE_POINTS * (segment.key === "volume" ? VOLUME_SIZE_FIT : 1)), [segment.minEmployees, segment.maxEmployees]),
      ),
      ...(Object.entries(PERSONA_FIT) as [Persona, number][]).map(([persona, fit]) => rule("PERSONA", persona, Math.round(PERSONA_POINTS * fit))),
    ],
    engagementPoints: { ...ENGAGEMENT },
    halfLifeDays: ENGAGEMENT_HALF_LIFE_DAYS,
  };
}

/**
 * Stores the demo rules as version 1, saved when the company set the CRM up. The leads'
 * stored scores stay the generator's: the dashboards' figures were checked against them.
 */
export async function insertDemoScoringRules(client: { query: (text: string, values: unknown[]) => Promise<unknown> }, at: Date): Promise<void> {
  const { sql, values } = insertRuleSetStatement(demoScoringRules(), at);
  await client.query(sql, values);
}
