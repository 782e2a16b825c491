import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { DurationBucket } from "@/lib/metrics/survival";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { instant, periodBounds } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * Onboarding stays: for every entry of an account into PURCHASE in P before `asOf`, the whole
 * hours until its first later move out of onboarding. A move to IMPACT or EXPANSION is an exit
 * (value reached); any other move (churn, a fresh purchase, a step back) ends the stay without
 * value and is censored at that move, and an account still in PURCHASE or ONBOARDING at
 * `asOf` is censored at `asOf`. Columns account, hours, days (whole days) and reached.
 * Accounts outside the filters are excluded. Time to value and its drill-down lists both
 * read these rows.
 */
export function onboardingStays(period: Period, asOf: Date, filters: MetricFilters): Prisma.Sql {
  const { start, end } = periodBounds(period);
  const at = instant(asOf);
  return Prisma.sql`
    SELECT account, hours, hours / 24 AS days, reached
      FROM (
        SELECT p."entityId" AS account,
               floor(extract(epoch FROM coalesce(next."occurredAt", ${at}) - p."occurredAt") / 3600)::int AS hours,
               coalesce(next."toStage" IN ('IMPACT', 'EXPANSION'), false) AS reached
          FROM "StageTransition" p ${accountScopeJoin(Prisma.sql`p."entityId"`, filters)}
          LEFT JOIN LATERAL (
            SELECT n."toStage", n."occurredAt"
              FROM "StageTransition" n
             WHERE n."entityKind" = 'ACCOUNT' AND n."entityId" = p."entityId"
               AND n."occurredAt" >= p."occurredAt" AND (n."occurredAt", n.id) > (p."occurredAt", p.id)
               AND n."occurredAt" < ${at}
               AND n."toStage" <> 'ONBOARDING'
             ORDER BY n."occurredAt", n.id
             LIMIT 1) next ON true
         WHERE p."entityKind" = 'ACCOUNT' AND p."toStage" = 'PURCHASE'
           AND p."occurredAt" >= ${start} AND p."occurredAt" < ${end} AND p."occurredAt" < ${at}
           ${accountConditions(filters)}
      ) stays`;
}

/** Distinct accounts among the stays of one whole-day duration (or of all, for the totals). */
export interface StayAccounts {
  accounts: number;
  /** Accounts with a stay that reached value. */
  reachedAccounts: number;
  /** Accounts with a stay that has not reached value (still onboarding, or left without it). */
  notReachedAccounts: number;
}

export interface OnboardingStays {
  /** The stays as a duration histogram in whole hours, for the Kaplan–Meier estimate. */
  buckets: DurationBucket[];
  /** The accounts behind each whole-day duration, in order. */
  days: ({ days: number } & StayAccounts)[];
  total: StayAccounts;
}

type Row = { level: "hours" | "days" | "total"; hours: number | null; days: number | null } & DurationBucket & StayAccounts;

/** Time to value's stays (see onboardingStays) by whole hours, and the accounts behind them by whole days and in all. */
export async function onboardingDurations(client: QueryClient, period: Period, asOf: Date, filters: MetricFilters): Promise<OnboardingStays> {
  // One scan for all three groupings; an account can stay more than once, so accounts are counted distinct.
  const rows = await client.$queryRaw<Row[]>(Prisma.sql`
    SELECT CASE WHEN GROUPING(hours) = 0 THEN 'hours' WHEN GROUPING(days) = 0 THEN 'days' ELSE 'total' END AS level,
           hours, days,
           count(*) FILTER (WHERE reached)::int AS exits,
           count(*) FILTER (WHERE NOT reached)::int AS censored,
           count(DISTINCT account)::int AS accounts,
           count(DISTINCT account) FILTER (WHERE reached)::int AS "reachedAccounts",
           count(DISTINCT account) FILTER (WHERE NOT reached)::int AS "notReachedAccounts"
      FROM (${onboardingStays(period, asOf, filters)}) stays
     GROUP BY GROUPING SETS ((hours), (days), ())
     ORDER BY 1, hours, days`);
  const accountsOf = (row: Row): StayAccounts => ({
    accounts: row.accounts,
    reachedAccounts: row.reachedAccounts,
    notReachedAccounts: row.notReachedAccounts,
  });
  const total = rows.find((row) => row.level === "total");
  return {
    buckets: rows.filter((row) => row.level === "hours").map((row) => ({ hours: row.hours ?? 0, exits: row.exits, censored: row.censored })),
    days: rows.filter((row) => row.level === "days").map((row) => ({ days: row.days ?? 0, ...accountsOf(row) })),
    total: total ? accountsOf(total) : { accounts: 0, reachedAccounts: 0, notReachedAccounts: 0 },
  };
}
