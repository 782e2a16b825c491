import type { PrismaClient } from "@/generated/prisma/client";
import type { MqlRule } from "./mql";
import { applyMqlCriteriaIn } from "./mql-moves";

/** Open leads judged per transaction: small enough that no slice holds its row locks for long. */
export const REEVALUATION_SLICE = 5_000;

/** Leads looked at, moved each way, and skipped because someone changed them meanwhile. */
export type Reevaluation = { checked: number; qualified: number; unqualified: number; skipped: number };

/**
 * Re-evaluates a segment's open leads against an MQL criteria version: a lead in awareness
 * (not rejected or disqualified) that now meets it becomes an MQL; an MQL that sales has not
 * yet accepted or rejected and no longer meets it goes back to awareness to be nurtured.
 * Every move records the criteria version. Set-based (applyMqlCriteriaIn) over slices of
 * the segment in id order, each slice its own transaction, so a segment of half a million
 * leads never holds one long lock; a lead changed by someone while its slice ran is skipped.
 * Only an ACTIVE version moves leads.
 */
export async function reevaluateLeads(
  client: PrismaClient,
  criteria: { id: number; segmentId: number; version: number; rule: MqlRule },
  actor: { actorId: number | null; at: Date },
  options: { slice?: number } = {},
): Promise<Reevaluation> {
  const result: Reevaluation = { checked: 0, qualified: 0, unqualified: 0, skipped: 0 };
  const limit = options.slice ?? REEVALUATION_SLICE;
  let afterId = 0;
  for (;;) {
    const slice = await client.$transaction(
      async (tx) => {
        // A version superseded while its re-evaluation runs stops here: the newer version's
        // own re-evaluation takes the segment over. FOR SHARE makes the superseding wait
        // for the slice under way, so no slice of an old version commits after it.
        const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "MqlCriteria" WHERE id = ${criteria.id} FOR SHARE`;
        return row?.status === "ACTIVE" ? applyMqlCriteriaIn(tx, criteria, actor, { afterId, limit }) : null;
      },
      { timeout: 60_000 },
    );
    if (!slice) return result;
    result.checked += slice.checked;
    result.qualified += slice.qualified;
    result.unqualified += slice.unqualified;
    result.skipped += slice.skipped;
    if (slice.lastId === null || slice.checked < limit) return result;
    afterId = slice.lastId;
  }
}
