import { Prisma } from "@/generated/prisma/client";
import type { DurationBucket } from "../survival";
import type { QueryClient } from "./client";
import { durationBucketSql, wholeHoursSql } from "./duration-buckets";
import { leadFilters } from "./record-filters";
import type { PeriodQuery } from "./query-options";
import { at } from "./stage-sql";

/**
 * Speed-to-lead histogram. Counts leads that became ready in P and before as-of: their MQL
 * time, or, never MQL, their creation. A lead first touched by a person (Lead.firstTouchAt)
 * before the cut-off (P's end or as-of, whichever is earlier) is an exit after the whole hours
 * from ready to that touch (0 when a person had touched it before it was ready: it was already
 * being worked); one not touched by then is censored at the cut-off − ready, so a current
 * period never counts waiting time that has not happened yet. Filters: the lead's segment,
 * source and owner (and team).
 */
/** The cut-off of speed-to-lead in P: its end, or as-of while P is still running. */
function cutOff(period: PeriodQuery["period"], asOf: Date): Prisma.Sql {
  return at(asOf < period.end ? asOf : period.end);
}

/** Whether a lead (alias `l`) had been touched by a person before the cut-off. */
export function touchedBy(period: PeriodQuery["period"], asOf: Date): Prisma.Sql {
  return Prisma.sql`(l."firstTouchAt" < ${cutOff(period, asOf)})`;
}

/** `FROM "Lead" l WHERE …`: the leads that became ready in P before the cut-off, within the filters; the histogram and its drill-down both read these. */
export function readyLeads({ period, filters = {} }: PeriodQuery, asOf: Date): Prisma.Sql {
  const start = at(period.start);
  const end = cutOff(period, asOf);
  return Prisma.sql`
      FROM "Lead" l
     WHERE ((l."mqlAt" >= ${start} AND l."mqlAt" < ${end})
            OR (l."mqlAt" IS NULL AND l."createdAt" >= ${start} AND l."createdAt" < ${end}))
       ${leadFilters(filters)}`;
}

export async function speedToLeadBuckets(
  client: QueryClient,
  { period, filters = {}, asOf = period.end }: PeriodQuery & { asOf?: Date },
): Promise<DurationBucket[]> {
  const end = cutOff(period, asOf);
  const touched = touchedBy(period, asOf);
  const ready = Prisma.sql`coalesce(l."mqlAt", l."createdAt")`;
  const hours = Prisma.sql`greatest(0, ${wholeHoursSql(ready, Prisma.sql`CASE WHEN ${touched} THEN l."firstTouchAt" ELSE ${end} END`)})`;
  return client.$queryRaw<DurationBucket[]>`
    SELECT ${durationBucketSql(hours)} AS hours,
           count(*) FILTER (WHERE ${touched})::int AS exits,
           count(*) FILTER (WHERE ${touched} IS NOT TRUE)::int AS censored
    ${readyLeads({ period, filters }, asOf)}
     GROUP BY 1
     ORDER BY 1`;
}
