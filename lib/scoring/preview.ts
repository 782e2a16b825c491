import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { meanScore, scoreBands, type ScoreBand, type ScoreHistogram } from "@/lib/metrics/score-bands";
import type { Ratio } from "@/lib/metrics/ratio";
import { changedParts, type ScoringRules } from "./rules";
import { engagementScoreSql, engagementSumsSql, fitScoreSql, hasEngagementPoints } from "./sql";
import { activeRuleSet } from "./store";

type Client = Pick<PrismaClient, "$queryRaw" | "scoringRuleSet">;

/** One score's distribution as stored now and under the draft rules, and how many leads the draft would change. */
export type ScoreComparison = { now: ScoreBand[]; draft: ScoreBand[]; meanNow: Ratio; meanDraft: Ratio; changed: number };
export type ScoringPreview = { asOf: Date; leads: number; fit: ScoreComparison; engagement: ScoreComparison };

type Row = { series: "fitNow" | "fitDraft" | "engagementNow" | "engagementDraft"; score: number; leads: number; fitChanged: number; engagementChanged: number };

/**
 * What saving `rules` would do, as of `asOf`: every lead's fit and engagement under the
 * draft next to the scores stored now, as one pass of SQL aggregates (each series a
 * histogram of scores), turned into bands and means by lib/metrics. Like the save, it
 * recomputes engagement only when the draft changes the engagement rules.
 */
export async function previewScoring(client: Client, rules: ScoringRules, asOf: Date): Promise<ScoringPreview> {
  const active = await activeRuleSet(client);
  const { engagement } = changedParts(active?.rules ?? null, rules);
  const withTouches = engagement && hasEngagementPoints(rules);
  const touches = withTouches ? Prisma.sql`LEFT JOIN ${engagementSumsSql(rules, asOf, null)} e ON e."leadId" = l.id` : Prisma.empty;
  const draftEngagement = !engagement ? Prisma.sql`l."engagementScore"` : engagementScoreSql(withTouches ? Prisma.sql`e.raw` : Prisma.sql`NULL::float8`);
  const rows = await client.$queryRaw<Row[]>`
    WITH draft AS (
      SELECT l."fitScore" AS fit_now, ${fitScoreSql(rules.fitRules)} AS fit_draft,
             l."engagementScore" AS engagement_now, ${draftEngagement} AS engagement_draft
        FROM "Lead" l ${touches}
    )
    SELECT CASE WHEN GROUPING(fit_now) = 0 THEN 'fitNow' WHEN GROUPING(fit_draft) = 0 THEN 'fitDraft'
                WHEN GROUPING(engagement_now) = 0 THEN 'engagementNow' ELSE 'engagementDraft' END AS series,
           coalesce(fit_now, fit_draft, engagement_now, engagement_draft) AS score, count(*)::int AS leads,
           count(*) FILTER (WHERE fit_now <> fit_draft)::int AS "fitChanged",
           count(*) FILTER (WHERE engagement_now <> engagement_draft)::int AS "engagementChanged"
      FROM draft
     GROUP BY GROUPING SETS ((fit_now), (fit_draft), (engagement_now), (engagement_draft))`;

  const series = (name: Row["series"]): ScoreHistogram => rows.filter((row) => row.series === name).map(({ score, leads }) => ({ score, leads }));
  const changed = (name: Row["series"], key: "fitChanged" | "engagementChanged") => rows.filter((row) => row.series === name).reduce((sum, row) => sum + row[key], 0);
  const compare = (now: ScoreHistogram, draft: ScoreHistogram, count: number): ScoreComparison => ({
    now: scoreBands(now),
    draft: scoreBands(draft),
    meanNow: meanScore(now),
    meanDraft: meanScore(draft),
    changed: count,
  });
  return {
    asOf,
    leads: series("fitNow").reduce((sum, row) => sum + row.leads, 0),
    fit: compare(series("fitNow"), series("fitDraft"), changed("fitNow", "fitChanged")),
    engagement: compare(series("engagementNow"), series("engagementDraft"), changed("engagementNow", "engagementChanged")),
  };
}
