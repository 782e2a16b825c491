import { Prisma } from "@/generated/prisma/client";
import type { BowtieStage } from "@/lib/bowtie/stages";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { hasAny } from "./record-filters";

type Row = { stage: BowtieStage; capacity: number };

/**
 * Monthly capacity per stage: the stage's owners (StageOwner) in the selected segments
 * (all segments without a segment filter), narrowed to the selected teams when there is a
 * team filter, and Team.monthlyCapacity summed over the distinct teams among them. A team
 * owning the stage in several segments counts once: its capacity is one pool of people,
 * whichever segment the records come from. A stage no selected team owns is absent (no
 * known limit).
 */
export async function stageCapacities(
  client: QueryClient,
  filters: MetricFilters = {},
): Promise<Partial<Record<BowtieStage, number>>> {
  const segment = hasAny(filters.segmentIds) ? Prisma.sql`AND so."segmentId" = ANY(${filters.segmentIds}::int[])` : Prisma.empty;
  const team = hasAny(filters.teamIds) ? Prisma.sql`AND so."teamId" = ANY(${filters.teamIds}::int[])` : Prisma.empty;
  const rows = await client.$queryRaw<Row[]>`
    SELECT o.stage::text AS stage, sum(tm."monthlyCapacity")::int AS capacity
      FROM (SELECT DISTINCT so.stage, so."teamId" FROM "StageOwner" so WHERE so.stage <> 'CHURNED' ${segment} ${team}) o
      JOIN "Team" tm ON tm.id = o."teamId"
     GROUP BY o.stage`;
  return Object.fromEntries(rows.map((row) => [row.stage, row.capacity]));
}
