import { setImmediate } from "node:timers/promises";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { validationErrorMap } from "@/lib/i18n/validation";
import type { ImportKind } from "./kinds";
import { countChanges } from "./apply/changes";
import { chunks } from "./apply/chunks";
import { checkMapping, mappedFields, type ColumnMapping } from "./mapping/headers";
import { rowPlanner, type RowError } from "./plan";
import { prepareImport, type PlanInput } from "./run-plan";

/** `updated` counts the matched records the file would change, `unchanged` those already holding its values. */
export type DryRunSummary = { created: number; updated: number; unchanged: number; rejectedRows: number; errors: number };

type Job = { id: number; userId: number; kind: ImportKind; headers: string[]; headerSignature: string; status: string };

/**
 * Plans every row and counts, among the matched ones, those that would change their record.
 * The counts go to the database a chunk at a time as soon as a chunk is planned, so they run
 * while the app plans the next.
 */
async function checkFile(client: PrismaClient, input: PlanInput, errorMap: z.core.$ZodErrorMap): Promise<DryRunSummary & { rowErrors: RowError[] }> {
  const { csv, prepared, existing } = await prepareImport(client, input);
  const plan = rowPlanner(input.kind, csv.header, input.mapping, existing, errorMap);
  const fields = mappedFields(input.mapping);
  const rowErrors: RowError[] = [];
  const counting: Promise<number>[] = [];
  let created = 0;
  let matched = 0;
  let rejectedRows = 0;
  for (const slice of chunks(prepared)) {
    const part = plan(slice);
    rowErrors.push(...part.errors);
    created += part.created;
    matched += part.matched;
    rejectedRows += part.rejectedRows;
    const updates = part.rows.filter((row) => row.id !== null);
    if (updates.length === 0) continue;
    const count = countChanges(client, input.kind, fields, updates);
    // Awaited together below; until then a failure must not count as unhandled.
    count.catch(() => {});
    counting.push(count);
    await setImmediate();
  }
  const updated = (await Promise.all(counting)).reduce((sum, n) => sum + n, 0);
  return { created, updated, unchanged: matched - updated, rejectedRows, errors: rowErrors.length, rowErrors };
}

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
  const { rowErrors, ...summary } = await checkFile(client, { kind: job.kind, file, mapping }, validationErrorMap(locale));
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
      rowErrors,
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
