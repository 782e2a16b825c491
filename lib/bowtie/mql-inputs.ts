import type { PrismaClient } from "@/generated/prisma/client";
import type { MqlCandidate, MqlRule } from "./mql";
import type { Tx } from "./tx";

type Reader = Pick<PrismaClient, "$queryRaw" | "mqlCriteria"> | Tx;

export type SegmentCriteria = { id: number; version: number; activatedAt: Date | null; rule: MqlRule };

/** The columns of an MQL criteria version that make its rule, as a Prisma select. */
export const MQL_RULE_SELECT = {
  industries: true,
  minEmployees: true,
  maxEmployees: true,
  countries: true,
  personas: true,
  titleKeywords: true,
  minEngagementScore: true,
  withinDays: true,
} as const;

const RULE = { id: true, version: true, activatedAt: true, ...MQL_RULE_SELECT } as const;

/** The segment's MQL criteria in force: its ACTIVE version (the newest, should two ever be). */
export async function activeCriteriaIn(client: Reader, segmentId: number): Promise<SegmentCriteria | null> {
  const row = await client.mqlCriteria.findFirst({ where: { segmentId, status: "ACTIVE" }, select: RULE, orderBy: { version: "desc" } });
  if (!row) return null;
  const { id, version, activatedAt, ...rule } = row;
  return { id, version, activatedAt, rule };
}

/** What the MQL rule looks at in a lead as of `asOf`: its fields and its latest touch by then. */
export async function mqlCandidateIn(client: Reader, leadId: number, asOf: Date): Promise<MqlCandidate | null> {
  const [candidate] = await client.$queryRaw<MqlCandidate[]>`
    SELECT l.industry, l.employees, l.country, l.persona, l.title, l."engagementScore",
           (SELECT max(tp."occurredAt") FROM "Touchpoint" tp WHERE tp."leadId" = l.id AND tp."occurredAt" <= ${asOf}) AS "lastEngagedAt"
      FROM "Lead" l WHERE l.id = ${leadId}`;
  return candidate ?? null;
}
