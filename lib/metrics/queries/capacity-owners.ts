import { Prisma } from "@/generated/prisma/client";
import type { BowtieStage } from "@/lib/bowtie/stages";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { hasAny } from "./record-filters";

type Row = { stage: BowtieStage; capacity: number };

/**
 * The distinct (stage, teamId) pairs that own the bow-tie's stages (alias `o`): the stage's
 * owners (StageOwner) in the selected segments (all segments without a segment filter),
 * narrowed to the selected teams when there is a team filter. Capacities and the owning
 * teams both select from it, so the teams listed are exactly those whose capacity is summed.
 */
function ownersInScope(filters: MetricFilters): Prisma.Sql {
  const segment = hasAny(filters.segmentIds) ? Prisma.sql`AND so."segmentId" = ANY(${filters.segmentIds}::int[])` : Prisma.empty;
  const team = hasAny(filters.teamIds) ? Prisma.sql`AND so."teamId" = ANY(${filters.teamIds}::int[])` : Prisma.empty;
  return Prisma.sql`(SELECT DISTINCT so.stage, so."teamId" FROM "StageOwner" so WHERE so.stage <> 'CHURNED' ${segment} ${team}) o`;
}

/**
 * Monthly capacity per stage: Team.monthlyCapacity summed over the distinct teams owning
 * the stage in scope (see ownersInScope). A team owning the stage in several segments counts
 * once: its capacity is one pool of people, whichever segment the records come from. A
 * stage no selected team owns is absent (no known limit).
 */
export async function stageCapacities(
  client: QueryClient,
  filters: MetricFilters = {},
): Promise<Partial<Record<BowtieStage, number>>> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT o.stage::text AS stage, sum(tm."monthlyCapacity")::int AS capacity
      FROM ${ownersInScope(filters)}
      JOIN "Team" tm ON tm.id = o."teamId"
     GROUP BY o.stage`;
  return Object.fromEntries(rows.map((row) => [row.stage, row.capacity]));
}

/** A team owning a stage, with the monthly capacity it brings to it. */
export interface OwnerTeam {
  id: number;
  name: string;
  monthlyCapacity: number;
}

type TeamRow = OwnerTeam & { stage: BowtieStage };

/** The teams owning each stage in scope (the ones stageCapacities sums), by name; a stage without owners is absent. */
export async function stageOwnerTeams(
  client: QueryClient,
  filters: MetricFilters = {},
): Promise<Partial<Record<BowtieStage, OwnerTeam[]>>> {
  const rows = await client.$queryRaw<TeamRow[]>`
    SELECT o.stage::text AS stage, tm.id, tm.name, tm."monthlyCapacity"
      FROM ${ownersInScope(filters)}
      JOIN "Team" tm ON tm.id = o."teamId"
     ORDER BY o.stage, tm.name, tm.id`;
  const teams: Partial<Record<BowtieStage, OwnerTeam[]>> = {};
  for (const { stage, ...team } of rows) (teams[stage] ??= []).push(team);
  return teams;
}
