import type { PrismaClient } from "@/generated/prisma/client";
import { CsvFormatError } from "./csv/parser";
import { readCsv } from "./csv/read";
import { ImportRefusal } from "./errors";
import type { ImportKind } from "./kinds";
import { checkMapping, headerSignature, suggestMapping } from "./mapping/headers";

export const MAX_UPLOAD_MB = 60;
export const MAX_ROWS = 100_000;
/** Days an upload that was never applied is kept: long enough to come back to it, not for ever. */
export const UPLOAD_RETENTION_DAYS = 30;

/**
 * Stores an uploaded file as a new import job, with the mapping the user chose last time for
 * the same header or, failing that, the one the header suggests. The file is read once here
 * so that a file we cannot read is refused at upload, before anything else happens.
 */
export async function createImportJob(client: PrismaClient, userId: number, kind: ImportKind, fileName: string, bytes: Uint8Array): Promise<number> {
  let csv;
  try {
    csv = readCsv(bytes);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ImportRefusal(error.messageKey, { row: error.row });
    throw error;
  }
  if (csv.records.length === 0) throw new ImportRefusal("import.error.noRows");
  if (csv.records.length > MAX_ROWS) throw new ImportRefusal("import.error.tooManyRows", { limit: MAX_ROWS });
  const signature = headerSignature(csv.header);
  const remembered = await client.importMapping.findUnique({
    where: { userId_kind_headerSignature: { userId, kind, headerSignature: signature } },
    select: { mapping: true },
  });
  const mapping = checkMapping(kind, csv.header, remembered?.mapping) ?? suggestMapping(kind, csv.header);
  await purgeAbandonedUploads(client);
  const job = await client.importJob.create({
    data: {
      userId,
      kind,
      fileName: fileName.slice(0, 200),
      file: bytes as Uint8Array<ArrayBuffer>,
      encoding: csv.encoding,
      separator: csv.separator,
      headers: csv.header,
      sample: csv.records[0]!.cells.slice(0, csv.header.length),
      headerSignature: signature,
      mapping,
      totalRows: csv.records.length,
    },
    select: { id: true },
  });
  return job.id;
}

/**
 * Deletes every user's uploads that were never applied and are older than the retention
 * period: the stored files hold personal data that never became records. Run at each upload,
 * so the files are gone by the next import anyone makes. An applied job keeps its row (its
 * counts, and the audit entry names it), having dropped its file when it was applied.
 */
export async function purgeAbandonedUploads(client: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await client.importJob.deleteMany({
    where: { status: { in: ["UPLOADED", "VALIDATED", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - UPLOAD_RETENTION_DAYS * 86_400_000) } },
  });
  return count;
}
