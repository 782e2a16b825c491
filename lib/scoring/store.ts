import type { PrismaClient } from "@/generated/prisma/client";
import type { FitAttribute, TouchpointType } from "@/generated/prisma/enums";
import { TOUCHPOINT_TYPES, type FitRule, type RuleSet, type ScoringRules } from "./rules";

type Reader = Pick<PrismaClient, "scoringRuleSet">;

const RULE_SET = {
  id: true,
  version: true,
  createdAt: true,
  halfLifeDays: true,
  fitRules: { select: { attribute: true, value: true, minEmployees: true, maxEmployees: true, points: true }, orderBy: { position: "asc" } },
  engagementPoints: { select: { type: true, points: true } },
} as const;

type Row = {
  id: number;
  version: number;
  createdAt: Date;
  halfLifeDays: number;
  fitRules: FitRule[];
  engagementPoints: { type: TouchpointType; points: number }[];
};

function toRuleSet(row: Row): RuleSet {
  const points = new Map(row.engagementPoints.map((entry) => [entry.type, entry.points]));
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    rules: {
      fitRules: row.fitRules,
      // A type added to the enum after the version was saved earns nothing under it.
      engagementPoints: Object.fromEntries(TOUCHPOINT_TYPES.map((type) => [type, points.get(type) ?? 0])) as Record<TouchpointType, number>,
      halfLifeDays: row.halfLifeDays,
    },
  };
}

/** The rules in force: the newest version, or null before any was saved. */
export async function activeRuleSet(client: Reader): Promise<RuleSet | null> {
  const row = await client.scoringRuleSet.findFirst({ select: RULE_SET, orderBy: { version: "desc" } });
  return row ? toRuleSet(row) : null;
}

export async function ruleSetById(client: Reader, id: number): Promise<RuleSet | null> {
  const row = await client.scoringRuleSet.findUnique({ where: { id }, select: RULE_SET });
  return row ? toRuleSet(row) : null;
}

/** Every version, newest first, with how many rules each holds. */
export async function ruleSetVersions(client: Reader): Promise<{ id: number; version: number; createdAt: Date; fitRules: number }[]> {
  const rows = await client.scoringRuleSet.findMany({
    select: { id: true, version: true, createdAt: true, _count: { select: { fitRules: true } } },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ id: row.id, version: row.version, createdAt: row.createdAt, fitRules: row._count.fitRules }));
}

/**
 * One statement that stores `rules` as the next version (after the highest one) and returns
 * its id and version. Plain SQL with positional parameters, so the app (through Prisma) and
 * the demo seed (through pg) store rules the same way. `at` is its createdAt (now when null).
 */
export function insertRuleSetStatement(rules: ScoringRules, at: Date | null = null): { sql: string; values: unknown[] } {
  const fit = rules.fitRules;
  return {
    sql: `WITH rs AS (
  INSERT INTO "ScoringRuleSet" (version, "halfLifeDays", "createdAt")
  SELECT coalesce(max(version), 0) + 1, $1::int, coalesce($2::timestamptz, now()) FROM "ScoringRuleSet"
  RETURNING id, version
), fit AS (
  INSERT INTO "ScoringFitRule" ("ruleSetId", position, attribute, value, "minEmployees", "maxEmployees", points)
  SELECT rs.id, r.position, r.attribute::"FitAttribute", r.value, r.min, r.max, r.points
    FROM rs, unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[]) AS r(position, attribute, value, min, max, points)
), engagement AS (
  INSERT INTO "ScoringEngagementPoints" ("ruleSetId", type, points)
  SELECT rs.id, e.type::"TouchpointType", e.points FROM rs, unnest($9::text[], $10::int[]) AS e(type, points)
)
SELECT id, version FROM rs`,
    values: [
      rules.halfLifeDays,
      at,
      fit.map((_, index) => index + 1),
      fit.map((rule) => rule.attribute satisfies FitAttribute),
      fit.map((rule) => rule.value),
      fit.map((rule) => rule.minEmployees),
      fit.map((rule) => rule.maxEmployees),
      fit.map((rule) => rule.points),
      [...TOUCHPOINT_TYPES],
      TOUCHPOINT_TYPES.map((type) => rules.engagementPoints[type]),
    ],
  };
}

/** Stores `rules` as the next version in the caller's transaction. */
export async function insertRuleSet(tx: Pick<PrismaClient, "$queryRawUnsafe">, rules: ScoringRules): Promise<{ id: number; version: number }> {
  const { sql, values } = insertRuleSetStatement(rules);
  const [row] = await tx.$queryRawUnsafe<{ id: number; version: number }[]>(sql, ...values);
  return row!;
}
