import { Prisma } from "@/generated/prisma/client";

// Durations are grouped in Postgres so a million stays come back as a few hundred rows:
// whole hours below 48 h (speed-to-lead and the short SLAs live there), whole days below
// 90 days, then whole weeks counted from day 90. A stage's whole history (two years) is
// then at most 48 + 88 + 92 buckets. A bucket is labelled with its lower edge, so a
// percentile read from the buckets is the lower edge of the bucket it falls in.
const HOURLY_BELOW = 48;
const DAILY_BELOW = 90 * 24;
const DAY = 24;
const WEEK = 7 * 24;

/** The bucket (its lower edge in hours) of a duration of whole `hours`. */
export function durationBucket(hours: number): number {
  if (hours < HOURLY_BELOW) return hours;
  if (hours < DAILY_BELOW) return Math.floor(hours / DAY) * DAY;
  return DAILY_BELOW + Math.floor((hours - DAILY_BELOW) / WEEK) * WEEK;
}

/** The same bucket rule in SQL, over an integer expression of whole hours. */
export function durationBucketSql(hours: Prisma.Sql): Prisma.Sql {
  const [hourly, daily, day, week] = [HOURLY_BELOW, DAILY_BELOW, DAY, WEEK].map((n) => Prisma.raw(String(n)));
  return Prisma.sql`(CASE
    WHEN ${hours} < ${hourly} THEN ${hours}
    WHEN ${hours} < ${daily} THEN (${hours} / ${day}) * ${day}
    ELSE ${daily} + ((${hours} - ${daily}) / ${week}) * ${week} END)`;
}

/** Whole hours from `from` to `to` (floored; both timestamptz), as an integer. */
export function wholeHoursSql(from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`floor(extract(epoch FROM (${to} - ${from})) / 3600)::int`;
}

/** Whole hours between two instants, floored: the TypeScript twin of wholeHoursSql. */
export function wholeHours(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 3_600_000);
}
