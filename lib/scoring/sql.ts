import { Prisma } from "@/generated/prisma/client";
import { TOUCHPOINT_TYPES, type FitRule, type ScoringRules } from "./rules";

/*
 * The scoring formulas as SQL over a lead `l` and its touchpoints `tp`, built from a set of
 * rules (stored or a draft) with every value as a parameter. They follow lib/scoring/score.ts
 * step by step, floating-point operations included, so both give the same integers.
 */

function condition(rule: FitRule): Prisma.Sql {
  switch (rule.attribute) {
    case "INDUSTRY":
      return Prisma.sql`lower(l.industry) = lower(${rule.value}::text)`;
    case "COUNTRY":
      return Prisma.sql`upper(l.country::text) = upper(${rule.value}::text)`;
    case "PERSONA":
      return Prisma.sql`l.persona::text = ${rule.value}::text`;
    case "SOURCE":
      return Prisma.sql`l.source::text = ${rule.value}::text`;
    case "TITLE":
      return Prisma.sql`strpos(lower(l.title), lower(${rule.value}::text)) > 0`;
    case "EMPLOYEES":
      return Prisma.sql`l.employees >= coalesce(${rule.minEmployees}::int, l.employees) AND l.employees <= coalesce(${rule.maxEmployees}::int, l.employees)`;
  }
}

/** The fit score of lead `l`: the points of the rules it meets, clamped to 0–100 (an int). */
export function fitScoreSql(rules: readonly FitRule[]): Prisma.Sql {
  if (rules.length === 0) return Prisma.sql`0`;
  const terms = rules.map((rule) => Prisma.sql`CASE WHEN ${condition(rule)} THEN ${rule.points}::int ELSE 0 END`);
  return Prisma.sql`LEAST(100, GREATEST(0, ${Prisma.join(terms, " + ")}))`;
}

/** Whether any touch earns points: without, every engagement score is 0 and no touchpoint needs reading. */
export function hasEngagementPoints(rules: Pick<ScoringRules, "engagementPoints">): boolean {
  return TOUCHPOINT_TYPES.some((type) => rules.engagementPoints[type] !== 0);
}

/** One touch `tp`'s points as of `asOf`: points(type) × 0.5^(age in days ÷ half-life), a float8. */
export function touchPointsSql(rules: Pick<ScoringRules, "engagementPoints" | "halfLifeDays">, asOf: Date): Prisma.Sql {
  const cases = TOUCHPOINT_TYPES.filter((type) => rules.engagementPoints[type] !== 0).map(
    (type) => Prisma.sql`WHEN ${type}::text THEN ${rules.engagementPoints[type]}::float8`,
  );
  const ageSeconds = Prisma.sql`(extract(epoch FROM ${asOf}::timestamptz) - extract(epoch FROM tp."occurredAt"))::float8`;
  return Prisma.sql`(CASE tp.type::text ${Prisma.join(cases, " ")} ELSE 0::float8 END) * power(0.5::float8, ${ageSeconds} / ${rules.halfLifeDays * 86_400}::float8)`;
}

/** A raw engagement sum (float8, null for none) as a stored score: clamped to 0–100, rounded half up, as score.ts's toScore. */
export function engagementScoreSql(raw: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`floor(LEAST(100::float8, GREATEST(0::float8, coalesce(${raw}, 0::float8))) + 0.5::float8)::int`;
}

/** Which leads a statement scores: a range of ids [from, to), or the given ids. */
export type LeadTarget = { from: number; to: number } | { ids: readonly number[] };

/** Whether the id `column` is one of `target`'s. */
export function inTargetSql(column: Prisma.Sql, target: LeadTarget): Prisma.Sql {
  return "ids" in target ? Prisma.sql`${column} = ANY(${[...target.ids]}::int[])` : Prisma.sql`${column} >= ${target.from}::int AND ${column} < ${target.to}::int`;
}

/**
 * Per lead of `target` (every lead when null) with a touch up to `asOf`: the raw engagement
 * sum, as a subquery `e("leadId", raw)` to join on. Bounded by lead id so a batch reads only
 * its own touches.
 */
export function engagementSumsSql(rules: Pick<ScoringRules, "engagementPoints" | "halfLifeDays">, asOf: Date, target: LeadTarget | null): Prisma.Sql {
  const bounds = target ? inTargetSql(Prisma.sql`tp."leadId"`, target) : Prisma.sql`tp."leadId" IS NOT NULL`;
  return Prisma.sql`(SELECT tp."leadId", sum(${touchPointsSql(rules, asOf)}) AS raw
      FROM "Touchpoint" tp
     WHERE ${bounds} AND tp."occurredAt" <= ${asOf}::timestamptz
     GROUP BY tp."leadId")`;
}
