import { Prisma } from "@/generated/prisma/client";
import type { MqlRule } from "./mql";

const DAY_MS = 86_400_000;

/**
 * The leads an MQL re-evaluation looks at: in awareness and still open to qualification (not
 * rejected, disqualified or converted), or marketing-qualified and not yet accepted or
 * rejected by sales. `l` is the "Lead" row.
 */
export const OPEN_TO_MQL = Prisma.sql`((l.stage = 'AWARENESS' AND l.status IN ('NEW', 'WORKING', 'NURTURE'))
  OR (l.stage = 'CONSIDERATION' AND l.status = 'MQL'))`;

/**
 * The lead's latest touch by `asOf`, as mqlCandidateIn reads it: join it LATERAL as
 * `e(last)` beside the "Lead" row `l`.
 */
export function lastEngagedSql(asOf: Date): Prisma.Sql {
  return Prisma.sql`(SELECT max(tp."occurredAt") AS last FROM "Touchpoint" tp WHERE tp."leadId" = l.id AND tp."occurredAt" <= ${asOf})`;
}

/**
 * evaluateMql as a boolean SQL expression over the "Lead" row `l` and its latest touch
 * `last` (from lastEngagedSql), so a whole segment is judged in one statement. Every branch
 * mirrors a check of evaluateMql: an empty list or an open bound accepts anything, a missing
 * value fails a criterion that asks for one, a title matches a keyword case-insensitively.
 * tests/integration/mql-sql-agreement.test.ts holds the two to the same verdicts.
 */
export function mqlQualifiesSql(rule: MqlRule, asOf: Date, last: Prisma.Sql = Prisma.sql`e.last`): Prisma.Sql {
  const since = new Date(asOf.getTime() - rule.withinDays * DAY_MS);
  const checks: Prisma.Sql[] = [];
  if (rule.industries.length > 0) checks.push(Prisma.sql`l.industry = ANY(${rule.industries}::text[])`);
  if (rule.minEmployees !== null || rule.maxEmployees !== null) {
    checks.push(Prisma.sql`l.employees IS NOT NULL`);
    if (rule.minEmployees !== null) checks.push(Prisma.sql`l.employees >= ${rule.minEmployees}::int`);
    if (rule.maxEmployees !== null) checks.push(Prisma.sql`l.employees <= ${rule.maxEmployees}::int`);
  }
  if (rule.countries.length > 0) checks.push(Prisma.sql`l.country::text = ANY(${rule.countries}::text[])`);
  if (rule.personas.length > 0 || rule.titleKeywords.length > 0) {
    checks.push(Prisma.sql`(l.persona::text = ANY(${rule.personas}::text[])
      OR EXISTS (SELECT 1 FROM unnest(${rule.titleKeywords}::text[]) k WHERE strpos(lower(coalesce(l.title, '')), lower(k)) > 0))`);
  }
  checks.push(Prisma.sql`l."engagementScore" >= ${rule.minEngagementScore}::int`);
  checks.push(Prisma.sql`(${last} IS NOT NULL AND ${last} <= ${asOf}::timestamptz AND ${last} >= ${since}::timestamptz)`);
  // coalesce: a NULL from a comparison is a failed check, as in evaluateMql.
  return Prisma.sql`coalesce(${Prisma.join(checks, " AND ")}, false)`;
}
