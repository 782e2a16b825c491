import type { Period } from "@/lib/metrics/period";

/**
 * The plainest one-pass SQL over the base tables for each dashboard's figures: a single
 * scan (plus the sort a window needs) with no rollups or index tricks. The dashboards'
 * own queries are measured against these.
 */
export function baselineQueries(period: Period, previous: Period): Record<string, { sql: string; values: unknown[] }[]> {
  const p = [period.start, period.end];
  const both = [previous.start, period.end];
  const stayDurations = `
    SELECT "toStage" AS stage,
           extract(epoch FROM lead("occurredAt") OVER (PARTITION BY "entityKind", "entityId" ORDER BY "occurredAt", id) - "occurredAt") AS seconds
      FROM "StageTransition"`;
  return {
    "bow-tie overview": [
      {
        sql: `SELECT "fromStage", "toStage", count(*) FILTER (WHERE "occurredAt" >= $2) AS now, count(*) FILTER (WHERE "occurredAt" < $2) AS before
                FROM "StageTransition" WHERE "occurredAt" >= $1 AND "occurredAt" < $3 GROUP BY 1, 2`,
        values: [previous.start, period.start, period.end],
      },
      { sql: `SELECT stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM (${stayDurations}) s GROUP BY stage`, values: [] },
    ],
    funnel: [
      {
        sql: `SELECT date_trunc('month', "occurredAt"), "fromStage", "toStage", count(*) FROM "StageTransition"
               WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1, 2, 3`,
        values: p,
      },
      { sql: `SELECT stage, percentile_cont(ARRAY[0.5, 0.75]) WITHIN GROUP (ORDER BY seconds) FROM (${stayDurations}) s GROUP BY stage`, values: [] },
      {
        sql: `SELECT source, status, "rejectionReason", count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY "firstTouchAt" - coalesce("mqlAt", "createdAt"))
                FROM "Lead" WHERE "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 1, 2, 3`,
        values: p,
      },
      {
        sql: `SELECT status, count(*), sum("amountMinor"), avg("closedAt" - "openedAt") FROM "Deal"
               WHERE "type" = 'NEW' AND ("closedAt" IS NULL OR ("closedAt" >= $1 AND "closedAt" < $2)) GROUP BY 1`,
        values: p,
      },
    ],
    retention: [
      {
        sql: `SELECT month, sum("mrrMinor"), sum(CASE WHEN prev IS NULL THEN "mrrMinor" ELSE 0 END),
                     sum(greatest("mrrMinor" - coalesce(prev, 0), 0)), sum(least("mrrMinor" - coalesce(prev, 0), 0))
                FROM (SELECT month, "mrrMinor", lag("mrrMinor") OVER (PARTITION BY "accountId" ORDER BY month) AS prev
                        FROM "MonthlyRevenue") m
               WHERE month >= $1 AND month < $2 GROUP BY month`,
        values: both,
      },
    ],
    sources: [
      { sql: `SELECT source, stage, count(*) FROM "Lead" WHERE "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 1, 2`, values: p },
      {
        sql: `SELECT c.source, d.status, count(DISTINCT d.id), sum(d."amountMinor") FROM "Deal" d
                JOIN "Touchpoint" tp ON tp."dealId" = d.id OR tp."accountId" = d."accountId"
                LEFT JOIN "Campaign" c ON c.id = tp."campaignId"
               WHERE d."closedAt" >= $1 AND d."closedAt" < $2 GROUP BY 1, 2`,
        values: p,
      },
    ],
    segments: [
      {
        sql: `SELECT a."segmentId", count(*) FILTER (WHERE d.status = 'WON'), sum(d."amountMinor") FILTER (WHERE d.status = 'WON'),
                     avg(d."closedAt" - d."openedAt") FILTER (WHERE d.status = 'WON')
                FROM "Deal" d JOIN "Account" a ON a.id = d."accountId"
               WHERE d.type = 'NEW' AND d."closedAt" >= $1 AND d."closedAt" < $2 GROUP BY 1`,
        values: p,
      },
      { sql: `SELECT "segmentId", sum("amountMinor") FROM "Spend" WHERE month >= $1 AND month < $2 GROUP BY 1`, values: p },
      {
        sql: `SELECT a."segmentId", sum(m."mrrMinor"), count(DISTINCT m."accountId") FROM "MonthlyRevenue" m
                JOIN "Account" a ON a.id = m."accountId" WHERE m.month >= $1 AND m.month < $2 GROUP BY 1`,
        values: p,
      },
    ],
    capacity: [
      {
        sql: `SELECT "toStage", date_trunc('month', "occurredAt"), count(*) FROM "StageTransition"
               WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1, 2`,
        values: p,
      },
      { sql: `SELECT so.stage, sum(t."monthlyCapacity") FROM "StageOwner" so JOIN "Team" t ON t.id = so."teamId" GROUP BY 1`, values: [] },
    ],
  };
}
