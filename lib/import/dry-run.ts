import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { validationErrorMap } from "@/lib/i18n/validation";
import type { ImportKind } from "./kinds";
import { countChanges } from "./apply/changes";
import { checkMapping, mappedFields, type ColumnMapping } from "./mapping/headers";
import { planImport } from "./run-plan";

/** `updated` counts the matched records the file would change, `unchanged` those already holding its values. */
export type DryRunSummary = { created: number; updated: number; unchanged: number; rejectedRows: number; errors: number };

type Job = { id: number; userId: number; kind: ImportKind; headers: string[]; headerSignature: string; status: string };

/**
 * Checks every row of a job's file under the given mapping, stores the counts and the row
 * errors on the job, and remembers the mapping for the user's next file with this header.
 * Writes no record.
 */
export async function dryRunImport(client: PrismaClient, job: Job, mappingInput: unknown, locale: Locale): Promise<DryRunSummary> {
  if (job.status === "APPLYING" || job.status === "APPLIED") throw new AppError("INVALID", "already applied", { messageKey: "import.error.busy" });
  const mapping: ColumnMapping | null = checkMapping(job.kind, job.headers, mappingInput);
  if (!mapping) throw new AppError("INVALID", "mapping does not fit", { messageKey: "import.error.mapping" });
  const { file } = await client.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { file: true } });
  const plan = await planImport(client, { kind: job.kind, file, mapping }, validationErrorMap(locale));
  const matched = plan.rows.filter((row) => row.id !== null);
  const updated = await countChanges(client, job.kind, mappedFields(mapping), matched);
  const summary = { created: plan.created, updated, unchanged: plan.matched - updated, rejectedRows: plan.rejectedRows, errors: plan.errors.length };
  // Conditional, so a dry run that ends after an apply has started does not reset that job.
  const { count } = await client.importJob.updateMany({
    where: { id: job.id, status: { in: ["UPLOADED", "VALIDATED", "FAILED"] } },
    data: {
      mapping,
      status: "VALIDATED",
      createCount: summary.created,
      updateCount: summary.updated,
      unchangedCount: summary.unchanged,
      errorCount: summary.rejectedRows,
      rowErrors: plan.errors,
      processedRows: 0,
      failure: null,
      validatedAt: new Date(),
    },
  });
  if (count === 0) throw new AppError("CONFLICT", "applied meanwhile", { messageKey: "import.error.busy" });
  await client.importMapping.upsert({
    where: { userId_kind_headerSignature: { userId: job.userId, kind: job.kind, headerSignature: job.headerSignature } },
    create: { userId: job.userId, kind: job.kind, headerSignature: job.headerSignature, mapping },
    update: { mapping },
  });
  return summary;
}
