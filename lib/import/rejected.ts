import { toCsv } from "@/lib/csv/write";
import type { Translate } from "@/lib/i18n/translator";
import { readCsv } from "./csv/read";
import type { RowError } from "./plan";
import { translateReason } from "./translate-error";

/**
 * The rejected rows as a CSV to fix and upload again: the file's own columns as they were,
 * then the row number and every reason for the row. Cells go through the formula-safe
 * writer, since a rejected value is exactly the kind of text that may start with "=".
 */
export function rejectedRowsCsv(file: Uint8Array, errors: readonly RowError[], t: Translate): string {
  const reasons = new Map<number, string[]>();
  for (const error of errors) {
    const reason = translateReason(t, error.message, error.params);
    const list = reasons.get(error.row) ?? [];
    list.push(error.column ? `${error.column}: ${reason}` : reason);
    reasons.set(error.row, list);
  }
  const csv = readCsv(file);
  const rows = csv.records
    .filter((record) => reasons.has(record.row))
    .map((record) => [...csv.header.map((_, i) => record.cells[i] ?? ""), record.row, reasons.get(record.row)!.join("; ")]);
  return toCsv([...csv.header, t("import.rejected.row"), t("import.rejected.reason")], rows);
}
