import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { evaluateMql, type MqlCandidate, type MqlRule } from "./mql";
import { moveStageIn } from "./move-stage";

const BATCH = 500;

type Candidate = MqlCandidate & { id: number; version: number; stage: "AWARENESS" | "CONSIDERATION" };

/** Leads looked at, moved each way, and skipped because someone changed them meanwhile. */
export type Reevaluation = { checked: number; qualified: number; unqualified: number; skipped: number };

/**
 * Re-evaluates a segment's open leads against an MQL criteria version: a lead in awareness
 * (not rejected or disqualified) that now meets it becomes an MQL; an MQL that sales has not
 * yet accepted or rejected and no longer meets it goes back to awareness to be nurtured.
 * Every move goes through moveStageIn and records the criteria version. Runs in batches,
 * each its own transaction, so a large segment never holds one long lock.
 */
export async function reevaluateLeads(
  client: PrismaClient,
  criteria: { id: number; segmentId: number; version: number; rule: MqlRule },
  actor: { actorId: number | null; at: Date },
): Promise<Reevaluation> {
  const result: Reevaluation = { checked: 0, qualified: 0, unqualified: 0, skipped: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await client.$queryRaw<Candidate[]>`
      SELECT l.id, l.version, l.stage::text AS stage, l.industry, l.employees, l.country, l.persona, l.title, l."engagementScore",
             (SELECT max(tp."occurredAt") FROM "Touchpoint" tp WHERE tp."leadId" = l.id AND tp."occurredAt" <= ${actor.at}) AS "lastEngagedAt"
        FROM "Lead" l
       WHERE l."segmentId" = ${criteria.segmentId} AND l.id > ${afterId}
         AND ((l.stage = 'AWARENESS' AND l.status IN ('NEW', 'WORKING', 'NURTURE'))
           OR (l.stage = 'CONSIDERATION' AND l.status = 'MQL'))
       ORDER BY l.id LIMIT ${BATCH}`;
    if (batch.length === 0) return result;
    afterId = batch[batch.length - 1]!.id;
    result.checked += batch.length;

    const moves = batch.flatMap((lead): { lead: Candidate; qualifies: boolean }[] => {
      const qualifies = evaluateMql(criteria.rule, lead, actor.at).qualifies;
      if (qualifies && lead.stage === "AWARENESS") return [{ lead, qualifies }];
      if (!qualifies && lead.stage === "CONSIDERATION") return [{ lead, qualifies }];
      return [];
    });
    if (moves.length === 0) continue;
    await client.$transaction(async (tx) => {
      for (const { lead, qualifies } of moves) {
        // The batch was read without locks: a lead that sales accepted, rejected or converted
        // meanwhile has a newer version, and its decision stands.
        const moved = await moveStageIn(tx, {
          kind: "LEAD",
          id: lead.id,
          to: qualifies ? "CONSIDERATION" : "AWARENESS",
          actorId: actor.actorId,
          at: actor.at,
          expectedVersion: lead.version,
          criteriaVersionId: criteria.id,
          reason: qualifies ? `Meets MQL criteria v${criteria.version}` : `No longer meets MQL criteria v${criteria.version}`,
          data: qualifies
            ? { status: "MQL", mqlAt: actor.at, mqlCriteriaId: criteria.id }
            : // mqlAt and the version it qualified under stay: it was an MQL then, and the log says when it stopped.
              { status: "NURTURE" },
        }).then(
          () => true,
          (error: unknown) => {
            if (error instanceof AppError && error.code === "CONFLICT") return false;
            throw error;
          },
        );
        if (!moved) result.skipped++;
        else if (qualifies) result.qualified++;
        else result.unqualified++;
      }
    });
  }
}
