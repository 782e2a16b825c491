import { Prisma } from "@/generated/prisma/client";
import type { MetricFilters } from "./filters";
import { sqlDate } from "./retention-period";
import { accountConditions, accountScopeJoin, filtersAccounts } from "./retention-scope";

/**
 * A query (to use as a subquery) of every account's MRR in each month from `first` to `last`
 * next to its MRR in the month before, a month without a row counting as 0, classified by the
 * rules of classifyMovement: columns account, segment (null unless `withSegment`), month,
 * before, after, kind (NEW, EXPANSION, CONTRACTION, CHURN, REACTIVATION, UNCHANGED) and amount
 * (≥ 0). Pairs with no MRR in either month are left out. "Paid before" — which tells a
 * reactivation from a new customer — is a running flag over the account's whole history
 * (the account had MRR > 0 in some earlier month).
 */
export function mrrPairs(first: Date, last: Date, filters: MetricFilters, withSegment = false): Prisma.Sql {
  const join = filtersAccounts(filters)
    ? accountScopeJoin(Prisma.sql`r."accountId"`, filters)
    : withSegment
      ? Prisma.sql`JOIN "Account" a ON a.id = r."accountId"`
      : Prisma.empty;
  const segment = withSegment ? Prisma.sql`a."segmentId"` : Prisma.sql`NULL::int`;
  // One pass in (account, month) order — the primary key's — gives each row the row before
  // and after it; gaps between rows are months at 0. Each row yields its month paired with the
  // month before and, when the next month has no row, that next month at 0: the month the MRR
  // fell to 0. "Paid before" compares the first paying month so far with the row's month.
  return Prisma.sql`
    SELECT account, segment, month, before, after,
           CASE WHEN before <= 0 THEN CASE WHEN paid_before THEN 'REACTIVATION' ELSE 'NEW' END
                WHEN after <= 0 THEN 'CHURN'
                WHEN after > before THEN 'EXPANSION'
                WHEN after < before THEN 'CONTRACTION'
                ELSE 'UNCHANGED' END AS kind,
           CASE WHEN before <= 0 THEN after
                WHEN after <= 0 THEN before
                ELSE abs(after - before) END AS amount
      FROM (
        SELECT s.account, s.segment, pair.month, pair.before, pair.after, pair.paid_before
          FROM (
            SELECT r."accountId" AS account, ${segment} AS segment, r.month, r."mrrMinor" AS mrr,
                   lag(r.month) OVER w AS prev_month,
                   lag(r."mrrMinor") OVER w AS prev_mrr,
                   lead(r.month) OVER w AS next_month,
                   min(r.month) FILTER (WHERE r."mrrMinor" > 0) OVER w AS first_paid
              FROM "MonthlyRevenue" r ${join}
             WHERE r.month <= ${sqlDate(last)} ${accountConditions(filters)}
            WINDOW w AS (PARTITION BY r."accountId" ORDER BY r.month)
          ) s
          CROSS JOIN LATERAL (
            SELECT s.month,
                   CASE WHEN s.prev_month = (s.month - interval '1 month')::date THEN s.prev_mrr ELSE 0 END,
                   s.mrr,
                   coalesce(s.first_paid < s.month, false)
            UNION ALL
            SELECT (s.month + interval '1 month')::date, s.mrr, 0, true
             WHERE s.next_month IS DISTINCT FROM (s.month + interval '1 month')::date
          ) AS pair(month, before, after, paid_before)
         WHERE pair.month BETWEEN ${sqlDate(first)} AND ${sqlDate(last)}
      ) pairs
     WHERE before > 0 OR after > 0`;
}
