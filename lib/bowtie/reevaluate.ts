import type { PrismaClient } from "@/generated/prisma/client";
import type { MqlRule } from "./mql";
import { applyMqlCriteriaIn, type MqlSliceResult } from "./mql-moves";
import type { Tx } from "./tx";

/** Open leads judged per transaction: small enough that no slice holds its row locks for long. */
export const REEVALUATION_SLICE = 5_000;

/** The longest one slice's transaction may run; a run silent for longer than that has stopped. */
export const REEVALUATION_SLICE_TIMEOUT_MS = 60_000;

/**
 * Where a recorded re-evaluation keeps its place. Both run inside each slice's transaction,
 * so the record and the moves commit together: a run cut off between slices has recorded
 * exactly the slices it made.
 */
export type ReevaluationTrack = {
  /** Locks the run's record and answers the lead id to go on after, or null when the run is no longer this one's to make. */
  resume(tx: Tx): Promise<number | null>;
  /** Records a slice's outcome; `done` when it was the segment's last. */
  advance(tx: Tx, slice: MqlSliceResult, done: boolean): Promise<void>;
};

/** Leads looked at, moved each way, and skipped because someone changed them meanwhile. */
export type Reevaluation = { checked: number; qualified: number; unqualified: number; skipped: number };

/**
 * Re-evaluates a segment's open leads against an MQL criteria version: a lead in awareness
 * (not rejected or disqualified) that now meets it becomes an MQL; an MQL that sales has not
 * yet accepted or rejected and no longer meets it goes back to awareness to be nurtured.
 * Every move records the criteria version. Set-based (applyMqlCriteriaIn) over slices of
 * the segment in id order, each slice its own transaction, so a segment of half a million
 * leads never holds one long lock; a lead changed by someone while its slice ran is skipped.
 * Only an ACTIVE version moves leads. With a `track`, each slice starts where the run's record
 * says and advances it, so a run stopped midway can be finished by another.
 */
export async function reevaluateLeads(
  client: PrismaClient,
  criteria: { id: number; segmentId: number; version: number; rule: MqlRule },
  actor: { actorId: number | null; at: Date },
  options: { slice?: number; track?: ReevaluationTrack } = {},
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
        if (row?.status !== "ACTIVE") return null;
        const from = options.track ? await options.track.resume(tx) : afterId;
        if (from === null) return null;
        const applied = await applyMqlCriteriaIn(tx, criteria, actor, { afterId: from, limit });
        await options.track?.advance(tx, applied, isLast(applied, limit));
        return applied;
      },
      { timeout: REEVALUATION_SLICE_TIMEOUT_MS },
    );
    if (!slice) return result;
    result.checked += slice.checked;
    result.qualified += slice.qualified;
    result.unqualified += slice.unqualified;
    result.skipped += slice.skipped;
    if (isLast(slice, limit)) return result;
    afterId = slice.lastId!;
  }
}

const isLast = (slice: MqlSliceResult, limit: number) => slice.lastId === null || slice.checked < limit;
