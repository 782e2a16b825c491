import type { ImportKind } from "@/lib/import/kinds";
import { dryRunImport } from "@/lib/import/dry-run";
import { claimApply, runApply } from "@/lib/import/apply";
import { createImportJob } from "@/lib/import/upload";
import type { PrismaClient } from "@/lib/db/prisma";

export const csvBytes = (text: string) => new TextEncoder().encode(text);

/** Uploads a file and dry-runs it with the mapping its header suggests (or the one given). */
export async function uploadAndCheck(prisma: PrismaClient, userId: number, kind: ImportKind, text: string, mapping?: (string | null)[]) {
  const jobId = await createImportJob(prisma, userId, kind, "test.csv", csvBytes(text));
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } });
  const summary = await dryRunImport(prisma, { ...job, kind }, mapping ?? job.mapping, "en");
  return { jobId, summary };
}

/** Uploads, checks and applies a file; returns the job as it ends. */
export async function importFile(prisma: PrismaClient, userId: number, kind: ImportKind, text: string) {
  const { jobId, summary } = await uploadAndCheck(prisma, userId, kind, text);
  await claimApply(prisma, jobId);
  await runApply(prisma, jobId, userId);
  return { summary, job: await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } }) };
}
