import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { RuleSet, ScoreParts } from "./rules";
import { engagementScoreSql, engagementSumsSql, fitScoreSql, hasEngagementPoints, inTargetSql, type LeadTarget } from "./sql";

type Client = Pick<PrismaClient, "$queryRaw">;

/**
 * Lead ids per statement. Each batch is one UPDATE in its own transaction, so a million
 * leads never sit under one long-held set of row locks or one huge transaction: a user's
 * edit or stage move of a lead waits at most for one batch, and a batch reads only its own
 * leads' touchpoints through the (leadId, occurredAt) index. Small, because a changed score
 * is not a cheap write: both scores are indexed (the lists sort by them), so every written
 * lead gets a new entry in each of the lead's indexes, the trigram search index included.
 */
export const RECOMPUTE_BATCH = 5_000;

// A batch that deadlocks with a user's transaction (which then goes through) is run again.
const DEADLOCK_RETRIES = 3;

async function withDeadlockRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt > DEADLOCK_RETRIES || !/40P01|deadlock detected/i.test(String(error))) throw error;
    }
  }
}

/** Leads looked at, leads written (a score changed), and how many of each score changed. */
export type RecomputeCounts = { leads: number; written: number; fitChanged: number; engagementChanged: number; batches: number; superseded: boolean };

/** What one statement did to its leads; `superseded` when it wrote nothing because a newer version exists. */
export type TargetCounts = Omit<RecomputeCounts, "batches">;

/**
 * Recomputes the scores of `target`'s leads under `ruleSet` as of `asOf` in one statement,
 * and writes only the leads whose score changes. Fit is always recomputed (it reads only the
 * lead's own columns); engagement only when `parts.engagement`, since it reads every
 * touchpoint and its decay is relative to `asOf`. A written lead names the version and, when
 * its engagement was recomputed, `asOf` as the instant its engagement was decayed to.
 *
 * Neither `version` nor `updatedAt` of the lead changes: scores are not fields a user edits,
 * so a form opened before the recompute must not meet a conflict, and a move (accept,
 * reject) decided on the version the user saw must still go through.
 *
 * Nothing is written when a newer version of the rules exists (`superseded`): the newer
 * version's own recompute has the leads.
 */
export async function scoreLeadsIn(client: Client, ruleSet: RuleSet, parts: Pick<ScoreParts, "engagement">, asOf: Date, target: LeadTarget): Promise<TargetCounts> {
  const withTouches = parts.engagement && hasEngagementPoints(ruleSet.rules);
  const engagement = !parts.engagement ? Prisma.sql`l."engagementScore"` : engagementScoreSql(withTouches ? Prisma.sql`e.raw` : Prisma.sql`NULL::float8`);
  const touches = withTouches ? Prisma.sql`LEFT JOIN ${engagementSumsSql(ruleSet.rules, asOf, target)} e ON e."leadId" = l.id` : Prisma.empty;
  const scoredAt = parts.engagement ? Prisma.sql`${asOf}::timestamptz` : Prisma.sql`l."scoredAt"`;
  const [row] = await client.$queryRaw<{ leads: number; written: number; fit: number; engagement: number; superseded: boolean }[]>`
    WITH scored AS (
      SELECT l.id, l."fitScore" AS old_fit, l."engagementScore" AS old_engagement, ${fitScoreSql(ruleSet.rules.fitRules)} AS fit, ${engagement} AS engagement
        FROM "Lead" l ${touches}
       WHERE ${inTargetSql(Prisma.sql`l.id`, target)}
    ), newer AS (
      SELECT EXISTS (SELECT 1 FROM "ScoringRuleSet" WHERE version > ${ruleSet.version}::int) AS superseded
    ), written AS (
      UPDATE "Lead" l
         SET "fitScore" = s.fit, "engagementScore" = s.engagement, "scoringRuleSetId" = ${ruleSet.id}::int, "scoredAt" = ${scoredAt}
        FROM scored s, newer
       WHERE l.id = s.id AND (s.fit <> s.old_fit OR s.engagement <> s.old_engagement) AND NOT newer.superseded
      RETURNING s.fit <> s.old_fit AS fit_changed, s.engagement <> s.old_engagement AS engagement_changed
    )
    SELECT (SELECT count(*) FROM scored)::int AS leads, count(*)::int AS written,
           count(*) FILTER (WHERE fit_changed)::int AS fit, count(*) FILTER (WHERE engagement_changed)::int AS engagement,
           (SELECT superseded FROM newer) AS superseded
      FROM written`;
  return { leads: row!.leads, written: row!.written, fitChanged: row!.fit, engagementChanged: row!.engagement, superseded: row!.superseded };
}

/**
 * Recomputes every lead's scores under `ruleSet` as of `asOf` (see scoreLeadsIn), set-based,
 * batch by batch of lead ids, each batch its own statement; `onBatch` hears the running
 * counts after each one. When a newer version of the rules is saved meanwhile, the remaining
 * batches are left to that version's own recompute (`superseded`).
 */
export async function recomputeScores(
  client: Client,
  ruleSet: RuleSet,
  parts: Pick<ScoreParts, "engagement">,
  asOf: Date,
  options: { batch?: number; onBatch?: (counts: RecomputeCounts) => Promise<void> } = {},
): Promise<RecomputeCounts> {
  const batch = options.batch ?? RECOMPUTE_BATCH;
  const counts: RecomputeCounts = { leads: 0, written: 0, fitChanged: 0, engagementChanged: 0, batches: 0, superseded: false };
  const [span] = await client.$queryRaw<{ first: number | null; last: number | null }[]>`SELECT min(id) AS first, max(id) AS last FROM "Lead"`;
  if (!span || span.first === null || span.last === null) return counts;

  for (let from = span.first; from <= span.last; from += batch) {
    const done = await withDeadlockRetry(() => scoreLeadsIn(client, ruleSet, parts, asOf, { from, to: from + batch }));
    if (done.superseded) return { ...counts, superseded: true };
    counts.batches++;
    counts.leads += done.leads;
    counts.written += done.written;
    counts.fitChanged += done.fitChanged;
    counts.engagementChanged += done.engagementChanged;
    await options.onBatch?.({ ...counts });
  }
  return counts;
}
