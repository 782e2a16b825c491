/** One record of a CSV file and the row it starts on, counted as a spreadsheet counts them (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] };

export class CsvFormatError extends Error {
  constructor(
    readonly messageKey: "import.error.unclosedQuote" | "import.error.noHeader",
    readonly row: number,
  ) {
    super(`${messageKey} at row ${row}`);
    this.name = "CsvFormatError";
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 reader: text is pushed in chunks of any size and whole records come
 * out, so a file is read in one pass whatever its size. Quoted fields may hold separators,
 * line breaks and doubled quotes; CRLF, LF and lone CR end a record; a record of one empty,
 * unquoted cell (an empty line) is skipped but still counted as a row. Leniencies of real
 * exports are kept: a quote inside an unquoted field is text, and text after a closing quote
 * is appended to the field.
 */
export class CsvParser {
  private readonly separator: number;
  private cells: string[] = [];
  private field = "";
  private quoted = false;
  private wasQuoted = false;
  /** A quote closed the chunk: whether it was doubled depends on the next chunk's first character. */
  private quoteAtChunkEnd = false;
  /** A CR ended the last chunk: an LF opening the next one belongs to it. */
  private crAtChunkEnd = false;
  private row = 1;
  private recordRow = 1;

  constructor(separator: string) {
    this.separator = separator.charCodeAt(0);
  }

  push(text: string, out: CsvRecord[]): void {
    let i = 0;
    const length = text.length;
    if (this.crAtChunkEnd) {
      this.crAtChunkEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtChunkEnd) {
      this.quoteAtChunkEnd = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
      } else {
        this.quoted = false;
      }
    }
    while (i < length) {
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, close);
        if (close + 1 === length) {
          this.quoteAtChunkEnd = true;
          return;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          this.field += '"';
          i = close + 2;
        } else {
          this.quoted = false;
          i = close + 1;
        }
        continue;
      }
      let start = i;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === this.separator) {
          this.field += text.slice(start, i);
          this.endField();
          start = i + 1;
        } else if (code === LF || code === CR) {
          this.field += text.slice(start, i);
          this.endRecord(out);
          if (code === CR) {
            if (i + 1 === length) this.crAtChunkEnd = true;
            else if (text.charCodeAt(i + 1) === LF) i++;
          }
          start = i + 1;
        } else if (code === QUOTE && i === start && this.field === "" && !this.wasQuoted) {
          this.quoted = true;
          this.wasQuoted = true;
          i++;
          break;
        }
      }
      if (!this.quoted) this.field += text.slice(start, i);
    }
  }

  /** The last record, when the file does not end with a line break. */
  end(out: CsvRecord[]): void {
    if (this.quoteAtChunkEnd) {
      this.quoteAtChunkEnd = false;
      this.quoted = false;
    }
    if (this.quoted) throw new CsvFormatError("import.error.unclosedQuote", this.recordRow);
    if (this.field !== "" || this.cells.length > 0 || this.wasQuoted) this.endRecord(out);
  }

  private endField() {
    this.cells.push(this.field);
    this.field = "";
    this.wasQuoted = false;
  }

  private endRecord(out: CsvRecord[]) {
    const empty = this.cells.length === 0 && this.field === "" && !this.wasQuoted;
    this.endField();
    if (!empty) out.push({ row: this.recordRow, cells: this.cells });
    this.cells = [];
    this.row++;
    this.recordRow = this.row;
  }
}
