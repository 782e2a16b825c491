import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError, toAppError } from "@/lib/errors";
import { applyImportIn, RowsRejected } from "./apply/apply-plan";
import { holdApplyLock } from "./apply-lock";
import type { ImportKind } from "./kinds";
import { mappedFields, type ColumnMapping } from "./mapping/headers";

// An update of a job returns only its id: by default Prisma would send back the whole row,
// the stored file included, on every progress step.
const NOTHING = { id: true } as const;

// A file of 100,000 rows takes seconds, not Prisma's default five-second transaction limit.
const TRANSACTION_LIMITS = { timeout: 30 * 60_000, maxWait: 60_000 };

/**
 * Claims a checked job for applying. Only one request can move it from VALIDATED to
 * APPLYING, so a double click or a second tab cannot apply a file twice.
 */
export async function claimApply(client: PrismaClient, jobId: number): Promise<void> {
  const { count } = await client.importJob.updateMany({
    where: { id: jobId, status: "VALIDATED", errorCount: 0 },
    data: { status: "APPLYING", processedRows: 0, failure: null },
  });
  if (count === 1) return;
  const job = await client.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, errorCount: true } });
  if (job.status === "APPLYING" || job.status === "APPLIED") throw new AppError("CONFLICT", "already applying", { messageKey: "import.error.busy" });
  if (job.status === "VALIDATED") throw new AppError("INVALID", "rows rejected", { messageKey: "import.error.hasErrors" });
  throw new AppError("INVALID", "not checked", { messageKey: "import.error.notValidated" });
}

/**
 * Applies a claimed job all or nothing: the file is planned again inside the transaction
 * (the records may have changed since the dry run), and any rejected row, failed statement
 * or conflict rolls everything back. Progress is written outside the transaction so the
 * page can show it while the transaction is still open; the job's lock tells the page that
 * the transaction is still open at all.
 */
export async function runApply(client: PrismaClient, jobId: number, actorId: number): Promise<void> {
  const job = await client.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true, file: true, mapping: true, fileName: true, totalRows: true } });
  const kind = job.kind as ImportKind;
  const mapping = job.mapping as ColumnMapping;
  try {
    await client.$transaction(async (tx) => {
      await holdApplyLock(tx, jobId);
      const context = { kind, actorId, at: new Date(), jobId };
      const progress = async (done: number) => {
        await client.importJob.update({ where: { id: jobId }, data: { processedRows: done }, select: NOTHING });
      };
      const { rows, ...counts } = await applyImportIn(tx, context, { kind, file: job.file, mapping }, mappedFields(mapping), progress);
      await audit(tx, {
        actorId,
        action: "import.apply",
        entityKind: "ImportJob",
        entityId: jobId,
        after: { kind, fileName: job.fileName, rows, ...counts },
      });
      // Inside the transaction, so the job reads APPLIED the instant its records are there:
      // never APPLYING with its lock already released (see expireInterruptedApply). The file
      // and its sample row go with it: they hold personal data, now kept in the records
      // themselves, and an applied job is never read again.
      await tx.importJob.update({
        where: { id: jobId },
        data: {
          status: "APPLIED",
          file: new Uint8Array(0),
          sample: [],
          createCount: counts.created,
          updateCount: counts.updated,
          unchangedCount: counts.unchanged,
          processedRows: counts.created + counts.updated + counts.unchanged,
          appliedAt: new Date(),
        },
        select: NOTHING,
      });
    }, TRANSACTION_LIMITS);
  } catch (error) {
    await client.importJob.update({ where: { id: jobId }, data: failedJob(error), select: NOTHING });
  }
}

function failedJob(error: unknown) {
  if (error instanceof RowsRejected) {
    return { status: "FAILED" as const, failure: "import.error.hasErrors", rowErrors: error.errors, errorCount: error.rejectedRows, processedRows: 0 };
  }
  const appError = toAppError(error);
  const failure = appError ? (appError.messageKey ?? `errors.${appError.code}`) : error instanceof Error ? error.message.slice(0, 500) : String(error);
  return { status: "FAILED" as const, failure, processedRows: 0 };
}
