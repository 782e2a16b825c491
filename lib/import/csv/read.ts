import { decodeChunks, detectEncoding, type TextEncoding } from "./decode";
import { CsvFormatError, CsvParser, type CsvRecord } from "./parser";
import { detectSeparator, type Separator } from "./separator";

export type CsvFile = {
  encoding: TextEncoding;
  separator: Separator;
  /** The header row's cells, trimmed. */
  header: string[];
  /** The data records, each with the row it starts on. */
  records: CsvRecord[];
};

/**
 * Reads an uploaded file in one pass: its encoding, its separator (from the header line),
 * its header and its records. Throws CsvFormatError for a file that is not a CSV we can
 * read: no header, or a quote that never closes.
 */
export function readCsv(bytes: Uint8Array): CsvFile {
  const encoding = detectEncoding(bytes);
  const records: CsvRecord[] = [];
  let parser: CsvParser | null = null;
  let separator: Separator = ",";
  for (const chunk of decodeChunks(bytes, encoding)) {
    if (!parser) {
      separator = detectSeparator(chunk);
      parser = new CsvParser(separator);
    }
    parser.push(chunk, records);
  }
  parser?.end(records);
  const first = records.shift();
  if (!first || first.cells.every((cell) => cell.trim() === "")) throw new CsvFormatError("import.error.noHeader", 1);
  return { encoding, separator, header: first.cells.map((cell) => cell.trim()), records };
}
