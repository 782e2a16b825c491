import { Prisma } from "@/generated/prisma/client";
import type { EngagementMode, Stage, TeamFunction } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { stageVolumes, type StageEntries } from "../stage-volume";
import type { QueryClient } from "./client";
import type { MetricFilters } from "./filters";
import { segmentsInScope } from "./economics-segments";
import { BOWTIE_RECORD, periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { hasAny } from "./record-filters";
import { transitionsInPeriod } from "./stage-flows";

/** One cell of the sales-model matrix: who owns the stage in the segment, how, and the stage's inflow in P. */
export interface SalesModelCell {
  stage: BowtieStage;
  /** Null when no team owns the stage in the segment. */
  owner: { teamName: string; teamFunction: TeamFunction; mode: EngagementMode } | null;
  /** Distinct accounts of the segment entering the stage in P (stage volume). */
  entered: number;
}

export interface SalesModelSegment {
  segmentId: number;
  segmentKey: string;
  stages: SalesModelCell[];
}

/** The segment × stage matrix for the segments in scope, in priority order; instants as ISO strings. */
export interface SalesModel {
  period: PeriodJson;
  segments: SalesModelSegment[];
}

type OwnerRow = { segmentId: number; stage: Stage; teamName: string; teamFunction: TeamFunction; mode: EngagementMode };

function stageOwners(client: QueryClient, filters: MetricFilters): Promise<OwnerRow[]> {
  const only = hasAny(filters.segmentIds) ? Prisma.sql`AND o."segmentId" = ANY(${filters.segmentIds}::int[])` : Prisma.empty;
  return client.$queryRaw<OwnerRow[]>`
    SELECT o."segmentId", o.stage::text AS stage, tm.name AS "teamName", tm.function::text AS "teamFunction", o.mode::text AS mode
      FROM "StageOwner" o JOIN "Team" tm ON tm.id = o."teamId"
     WHERE o.stage <> 'CHURNED' ${only}`;
}

/**
 * Account entries per segment and stage in P: the same transitions as the bow-tie's stage
 * volume with the segment stamped on each, so a cell equals the stage-entries figure
 * filtered to its segment.
 */
function entriesBySegment(client: QueryClient, query: PeriodQuery): Promise<(StageEntries & { segmentId: number })[]> {
  return client.$queryRaw<(StageEntries & { segmentId: number })[]>`
    SELECT t."segmentId", t."toStage"::text AS stage, count(DISTINCT t."entityId")::int AS records
      FROM "StageTransition" t
     WHERE ${transitionsInPeriod({ kind: BOWTIE_RECORD, ...query })} AND t."segmentId" IS NOT NULL
     GROUP BY 1, 2`;
}

/**
 * The sales model of each segment: for each of the seven stages the owning team, its function
 * and whether the work is person-to-person or digital (StageOwner), with the accounts that
 * entered the stage in P.
 */
export async function loadSalesModel(client: QueryClient, { period, filters = {} }: PeriodQuery): Promise<SalesModel> {
  const [segments, owners, entries] = await Promise.all([
    segmentsInScope(client, filters),
    stageOwners(client, filters),
    entriesBySegment(client, { period, filters }),
  ]);
  return {
    period: periodJson(period),
    segments: segments.map((segment) => {
      const volumes = stageVolumes(entries.filter((row) => row.segmentId === segment.id));
      return {
        segmentId: segment.id,
        segmentKey: segment.key,
        stages: BOWTIE_STAGES.map((stage) => {
          const owner = owners.find((row) => row.segmentId === segment.id && row.stage === stage);
          return {
            stage,
            owner: owner ? { teamName: owner.teamName, teamFunction: owner.teamFunction, mode: owner.mode } : null,
            entered: volumes[stage],
          };
        }),
      };
    }),
  };
}
