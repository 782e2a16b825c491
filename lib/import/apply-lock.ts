import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/bowtie/tx";

// The advisory lock an apply holds for as long as its transaction is open, keyed (class, job
// id). Postgres releases it when the transaction ends in any way, a lost connection included,
// so "APPLYING and nobody holds the lock" means the apply's server is gone.
const APPLY_LOCK_CLASS = 0x494d5054; // "IMPT"

// Between the claim (APPLYING) and the transaction's first statement the lock is not held yet;
// a job claimed this recently is given the benefit of the doubt.
const CLAIM_GRACE_SECONDS = 60;

/** Takes the job's apply lock for the rest of the caller's transaction. */
export async function holdApplyLock(tx: Tx, jobId: number): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${APPLY_LOCK_CLASS}::int, ${jobId}::int)::text`;
}

/**
 * Marks a job as failed when its apply was cut off (the server restarted mid-way), so its page
 * does not wait for ever: the job says APPLYING, was claimed over a minute ago, and no open
 * transaction holds its lock. The transaction that was cut off was rolled back with it, so
 * nothing was written. Returns whether the job was marked.
 */
export async function expireInterruptedApply(client: PrismaClient, jobId: number): Promise<boolean> {
  const marked = await client.$executeRaw`
    UPDATE "ImportJob" SET status = 'FAILED', failure = 'import.error.interrupted', "processedRows" = 0, "updatedAt" = now()
     WHERE id = ${jobId} AND status = 'APPLYING'
       AND "updatedAt" < now() - make_interval(secs => ${CLAIM_GRACE_SECONDS})
       AND NOT EXISTS (
         SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND classid = ${APPLY_LOCK_CLASS}::oid AND objid = ${jobId}::oid AND objsubid = 2
       )`;
  return marked === 1;
}
