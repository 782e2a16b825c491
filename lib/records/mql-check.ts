import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { TouchpointType } from "@/generated/prisma/enums";
import { evaluateMql, type MqlCandidate, type MqlVerdict } from "@/lib/bowtie/mql";
import { activeCriteriaIn, mqlCandidateIn, type SegmentCriteria } from "@/lib/bowtie/mql-inputs";
import { db } from "@/lib/db/client";

type Client = Pick<PrismaClient, "$queryRaw" | "mqlCriteria">;

const DAY_MS = 86_400_000;
/** The engagement window when the lead's segment has no criteria to name one. */
export const DEFAULT_ENGAGEMENT_DAYS = 90;

/** Why a lead cannot be checked against MQL criteria at all. */
export type MqlUnavailable = "noSegment" | "noCriteria";

export type MqlCheck =
  | { available: true; criteria: SegmentCriteria; candidate: MqlCandidate; verdict: MqlVerdict; asOf: Date }
  | { available: false; reason: MqlUnavailable };

/**
 * The lead against its segment's active MQL criteria as of `asOf`, with the same rule and the
 * same inputs the qualify move uses, so the page shows the verdict the move would reach.
 */
export async function loadMqlCheck(lead: { id: number; segmentId: number | null }, asOf: Date, client: Client = db): Promise<MqlCheck> {
  if (lead.segmentId === null) return { available: false, reason: "noSegment" };
  const [criteria, candidate] = await Promise.all([activeCriteriaIn(client, lead.segmentId), mqlCandidateIn(client, lead.id, asOf)]);
  if (!criteria || !candidate) return { available: false, reason: "noCriteria" };
  return { available: true, criteria, candidate, verdict: evaluateMql(criteria.rule, candidate, asOf), asOf };
}

export type TouchCount = { type: TouchpointType; recent: number; total: number };

/** The touches behind a lead's engagement: per type, how many in the window and in all. */
export type EngagementFacts = { windowDays: number; byType: TouchCount[]; recent: number; total: number; lastTouchAt: Date | null };

/**
 * What the engagement score draws on. The score itself is stored as the scoring rules
 * computed it; it decays with time, so the touches of the recent window matter most.
 */
export async function loadEngagementFacts(leadId: number, windowDays: number, asOf: Date, client: Client = db): Promise<EngagementFacts> {
  const since = new Date(asOf.getTime() - windowDays * DAY_MS);
  const rows = await client.$queryRaw<{ type: TouchpointType; recent: number; total: number; last: Date }[]>`
    SELECT type, count(*) FILTER (WHERE "occurredAt" > ${since})::int AS recent, count(*)::int AS total, max("occurredAt") AS last
      FROM "Touchpoint" WHERE "leadId" = ${leadId} AND "occurredAt" <= ${asOf}
     GROUP BY type ORDER BY recent DESC, total DESC, type`;
  const last = rows.reduce<Date | null>((latest, row) => (latest === null || row.last > latest ? row.last : latest), null);
  return {
    windowDays,
    byType: rows.map(({ type, recent, total }) => ({ type, recent, total })),
    recent: rows.reduce((sum, row) => sum + row.recent, 0),
    total: rows.reduce((sum, row) => sum + row.total, 0),
    lastTouchAt: last,
  };
}
