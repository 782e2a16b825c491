import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireInterruptedApply } from "./apply-lock";
import type { ImportKind } from "./kinds";
import { assertCanImport } from "./permissions";
import type { RowError } from "./plan";

const JOB_VIEW = {
  id: true,
  userId: true,
  kind: true,
  fileName: true,
  encoding: true,
  separator: true,
  headers: true,
  sample: true,
  headerSignature: true,
  mapping: true,
  status: true,
  totalRows: true,
  processedRows: true,
  createCount: true,
  updateCount: true,
  unchangedCount: true,
  errorCount: true,
  failure: true,
  createdAt: true,
} satisfies Prisma.ImportJobSelect;

export type ImportJobView = Prisma.ImportJobGetPayload<{ select: typeof JOB_VIEW }> & { kind: ImportKind };

/**
 * A job of the user's own, checked for the right to import its kind (a role may have lost
 * it since the upload). Another user's job is NOT_FOUND: an upload holds personal data.
 */
export async function loadOwnJob(user: CurrentUser, jobId: number): Promise<ImportJobView> {
  const job = await db.importJob.findFirst({ where: { id: jobId, userId: user.id }, select: JOB_VIEW });
  if (!job) throw new AppError("NOT_FOUND", `import ${jobId}`);
  assertCanImport(user, job.kind as ImportKind);
  return job as ImportJobView;
}

/** Marks a job whose apply was cut off (a restart) as failed, so its page does not wait forever. */
export async function expireStaleApply(jobId: number): Promise<void> {
  await expireInterruptedApply(db, jobId);
}

/**
 * The first `limit` row errors of a job and how many there are, sliced in Postgres: a file
 * of 100,000 bad rows has megabytes of them, and the page shows a screenful.
 */
export async function rowErrorsOf(jobId: number, limit: number): Promise<{ errors: RowError[]; total: number }> {
  const [row] = await db.$queryRaw<{ errors: RowError[] | null; total: number | null }[]>`
    SELECT jsonb_path_query_array("rowErrors", ${`$[0 to ${limit - 1}]`}::jsonpath) AS errors,
           jsonb_array_length("rowErrors") AS total
      FROM "ImportJob" WHERE id = ${jobId}`;
  return { errors: row?.errors ?? [], total: row?.total ?? 0 };
}

/** All the row errors of a job, for the rejected-rows download. */
export async function allRowErrorsOf(jobId: number): Promise<RowError[]> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { rowErrors: true } });
  return (job.rowErrors ?? []) as RowError[];
}

/** The user's latest imports, for the upload page. */
export function listOwnJobs(userId: number) {
  return db.importJob.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, kind: true, fileName: true, status: true, totalRows: true, createdAt: true },
  });
}

export function jobIdOf(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("NOT_FOUND", `import ${text}`);
  return id;
}
