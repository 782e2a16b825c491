import type { PrismaClient } from "@/generated/prisma/client";
import { SCORING_ENTITY } from "./rescore";
import type { RuleSet } from "./rules";
import type { ScoringRunView } from "./run-state";
import { latestRun } from "./run-view";
import { activeRuleSet, ruleSetVersions } from "./store";

type Client = Pick<PrismaClient, "scoringRuleSet" | "scoringRun" | "auditLog" | "$queryRaw">;

export type RuleSetVersion = { id: number; version: number; createdAt: Date; fitRules: number; savedBy: string | null };

export type ScoringSettings = {
  active: RuleSet | null;
  versions: RuleSetVersion[];
  /** The latest recompute, under way or ended. */
  run: ScoringRunView | null;
  /** Values to suggest while typing a rule: the industries and countries the accounts have. */
  industries: string[];
  countries: string[];
};

/** What the scoring settings page shows: the rules in force, every version and who saved it, and the latest recompute. */
export async function loadScoringSettings(client: Client): Promise<ScoringSettings> {
  const [active, versions, saves, run, industries, countries] = await Promise.all([
    activeRuleSet(client),
    ruleSetVersions(client),
    client.auditLog.findMany({ where: { action: "scoring.rules.update", entityKind: SCORING_ENTITY }, select: { entityId: true, actor: { select: { name: true } } } }),
    latestRun(client),
    client.$queryRaw<{ value: string }[]>`SELECT DISTINCT industry AS value FROM "Account" ORDER BY 1 LIMIT 500`,
    client.$queryRaw<{ value: string }[]>`SELECT DISTINCT country::text AS value FROM "Account" ORDER BY 1 LIMIT 300`,
  ]);
  const savedBy = new Map(saves.map((entry) => [entry.entityId, entry.actor?.name ?? null]));
  return {
    active,
    versions: versions.map((version) => ({ ...version, savedBy: savedBy.get(String(version.id)) ?? null })),
    run,
    industries: industries.map((row) => row.value),
    countries: countries.map((row) => row.value),
  };
}
