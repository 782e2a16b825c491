import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { REEVALUATION_SLICE_TIMEOUT_MS, type Reevaluation, type ReevaluationTrack } from "@/lib/bowtie/reevaluate";
import type { Tx } from "@/lib/bowtie/tx";

/** A run whose record has not moved for this long has stopped: twice the longest a slice may take. */
export const REEVALUATION_QUIET_MS = 2 * REEVALUATION_SLICE_TIMEOUT_MS;

export type ReevaluationState = "running" | "interrupted" | "finished";

/** Where the re-evaluation a version's activation started stands, and what it has done so far. */
export type ReevaluationRun = Reevaluation & {
  criteriaId: number;
  state: ReevaluationState;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
  attempts: number;
};

type Reader = Pick<PrismaClient, "mqlReevaluation"> | Tx;

/** Finished, still advancing, or cut off: silent for longer than a slice may take. */
export function reevaluationState(run: { finishedAt: Date | null; heartbeatAt: Date }, now: Date): ReevaluationState {
  if (run.finishedAt) return "finished";
  return now.getTime() - run.heartbeatAt.getTime() > REEVALUATION_QUIET_MS ? "interrupted" : "running";
}

const SELECT = {
  criteriaId: true,
  startedAt: true,
  heartbeatAt: true,
  finishedAt: true,
  checked: true,
  qualified: true,
  unqualified: true,
  skipped: true,
  attempts: true,
} as const;

/** The runs of these versions as of `now`, by version id; a version activated before runs were recorded has none. */
export async function reevaluationsOf(criteriaIds: readonly number[], client: Reader, now: Date): Promise<Map<number, ReevaluationRun>> {
  if (criteriaIds.length === 0) return new Map();
  const rows = await client.mqlReevaluation.findMany({ where: { criteriaId: { in: [...criteriaIds] } }, select: SELECT });
  return new Map(rows.map((row) => [row.criteriaId, { ...row, state: reevaluationState(row, now) }]));
}

export async function reevaluationOf(criteriaId: number, client: Reader, now: Date): Promise<ReevaluationRun | null> {
  return (await reevaluationsOf([criteriaId], client, now)).get(criteriaId) ?? null;
}

/** Opens the record of a version's re-evaluation, in the transaction that activates it; the token is the run's. */
export async function startReevaluationIn(tx: Tx, criteriaId: number, at: Date): Promise<string> {
  const runner = randomUUID();
  await tx.mqlReevaluation.create({ data: { criteriaId, runner, startedAt: at, heartbeatAt: at } });
  return runner;
}

/**
 * Hands the run over to a new runner: from now on the record is its, and the runner that
 * held it, should it still be alive, stops at its next slice.
 */
export async function takeOverIn(tx: Tx, criteriaId: number, at: Date): Promise<string> {
  const runner = randomUUID();
  await tx.mqlReevaluation.update({ where: { criteriaId }, data: { runner, heartbeatAt: at, attempts: { increment: 1 } } });
  return runner;
}

/** Locks a version's run record for a decision about it (a take-over); null when it has none. */
export async function lockReevaluationIn(tx: Tx, criteriaId: number): Promise<ReevaluationRun | null> {
  await tx.$queryRaw`SELECT id FROM "MqlReevaluation" WHERE "criteriaId" = ${criteriaId} FOR UPDATE`;
  return reevaluationOf(criteriaId, tx, new Date());
}

/**
 * The run's side of reevaluateLeads: each slice goes on after the lead the record last
 * reached, while the record is still this runner's, and adds what it did. The last slice
 * marks the run finished and, in the same transaction, `finish` writes its audit entry
 * with the run's totals.
 */
export function trackRun(criteriaId: number, runner: string, finish: (tx: Tx, totals: Reevaluation) => Promise<void>): ReevaluationTrack {
  return {
    async resume(tx) {
      const [row] = await tx.$queryRaw<{ runner: string; afterId: number; finished: boolean }[]>`
        SELECT runner::text, "afterId", "finishedAt" IS NOT NULL AS finished FROM "MqlReevaluation" WHERE "criteriaId" = ${criteriaId} FOR UPDATE`;
      return row && row.runner === runner && !row.finished ? row.afterId : null;
    },
    async advance(tx, slice, done) {
      const now = new Date();
      const run = await tx.mqlReevaluation.update({
        where: { criteriaId },
        data: {
          afterId: slice.lastId ?? undefined,
          checked: { increment: slice.checked },
          qualified: { increment: slice.qualified },
          unqualified: { increment: slice.unqualified },
          skipped: { increment: slice.skipped },
          heartbeatAt: now,
          finishedAt: done ? now : undefined,
        },
        select: { checked: true, qualified: true, unqualified: true, skipped: true },
      });
      if (done) await finish(tx, run);
    },
  };
}
