import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/lib/metrics/period";
import type { DurationBucket } from "@/lib/metrics/survival";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { instant, periodBounds } from "./retention-period";
import { accountConditions, accountScopeJoin } from "./retention-scope";

/**
 * Time to value as a duration histogram in whole hours: for every entry of an account into
 * PURCHASE in P before `asOf`, the time until its first later move out of onboarding. A move
 * to IMPACT or EXPANSION is an exit (value reached); any other move (churn, a fresh purchase,
 * a step back) ends the stay without value and is censored at that move, and an account still
 * in PURCHASE or ONBOARDING at `asOf` is censored at `asOf`. Accounts outside the filters are
 * excluded.
 */
export async function onboardingDurations(
  client: QueryClient,
  period: Period,
  asOf: Date,
  filters: MetricFilters,
): Promise<DurationBucket[]> {
  const { start, end } = periodBounds(period);
  const at = instant(asOf);
  return client.$queryRaw<DurationBucket[]>(Prisma.sql`
    SELECT floor(extract(epoch FROM coalesce(next."occurredAt", ${at}) - p."occurredAt") / 3600)::int AS hours,
           count(*) FILTER (WHERE next."toStage" IN ('IMPACT', 'EXPANSION'))::int AS exits,
           count(*) FILTER (WHERE next."toStage" IS NULL OR next."toStage" NOT IN ('IMPACT', 'EXPANSION'))::int AS censored
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
     GROUP BY 1
     ORDER BY 1`);
}
