import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ImportKind } from "./kinds";
import { assertCanImport } from "./permissions";

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
  errorCount: true,
  rowErrors: true,
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
