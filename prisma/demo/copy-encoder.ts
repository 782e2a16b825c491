/** How a column's value is written. Enums are written as their text. */
export type Kind = "int" | "text" | "bool" | "timestamp" | "date" | "array";

const PIECE_BYTES = 1 << 20;
const DAY = 86_400_000;
const TAB = 9;
const NEWLINE = 10;
const NULL = Buffer.from("\\N");

/**
 * Writes rows in COPY's text format straight into buffers. Building a string per row made
 * the garbage collector the largest cost of a big load; this writes digits and text in
 * place and hands over a buffer whenever one is full (COPY data need not end at a row).
 */
class CopyEncoder {
  private buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;
  readonly full: Buffer[] = [];

  row(columns: readonly (readonly [string, Kind])[], record: Record<string, unknown>): void {
    for (let i = 0; i < columns.length; i++) {
      const [name, kind] = columns[i]!;
      if (i > 0) this.byte(TAB);
      this.value(kind, record[name]);
    }
    this.byte(NEWLINE);
  }

  /** The last, partly filled buffer. */
  rest(): Buffer | null {
    return this.used > 0 ? this.buffer.subarray(0, this.used) : null;
  }

  private value(kind: Kind, value: unknown): void {
    if (value === null || value === undefined) {
      this.room(2);
      this.used += NULL.copy(this.buffer, this.used);
      return;
    }
    switch (kind) {
      case "int":
        this.integer(value as number);
        return;
      case "bool":
        this.byte(value ? 116 : 102);
        return;
      case "timestamp":
        this.timestamp(value as number, true);
        return;
      case "date":
        this.timestamp(value as number, false);
        return;
      case "array":
        this.text(arrayLiteral(value as readonly string[]));
        return;
      default:
        this.text(value as string);
    }
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    if (this.used > 0) this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(Math.max(PIECE_BYTES, bytes));
    this.used = 0;
  }

  private byte(code: number): void {
    this.room(1);
    this.buffer[this.used++] = code;
  }

  private text(text: string): void {
    const escaped = /[\\\t\n\r]/.test(text)
      ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
      : text;
    this.room(escaped.length * 3);
    this.used += this.buffer.write(escaped, this.used, "utf8");
  }

  private integer(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
    this.room(20);
    if (value < 0) {
      this.buffer[this.used++] = 45;
      value = -value;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.digits(value, digits);
  }

  private digits(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) {
      this.buffer[this.used + i] = 48 + (value % 10);
      value = Math.floor(value / 10);
    }
    this.used += width;
  }

  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS.mmmZ`, the civil date computed without a Date object. */
  private timestamp(ms: number, withTime: boolean): void {
    const t = Math.floor(ms);
    const days = Math.floor(t / DAY);
    // Days to civil date, after Howard Hinnant's `civil_from_days`.
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) throw new Error(`timestamp out of range: ${ms}`);
    this.room(24);
    this.digits(year, 4);
    this.buffer[this.used++] = 45;
    this.digits(month, 2);
    this.buffer[this.used++] = 45;
    this.digits(day, 2);
    if (!withTime) return;
    let rest = t - days * DAY;
    this.buffer[this.used++] = 84;
    this.digits(Math.floor(rest / 3_600_000), 2);
    rest %= 3_600_000;
    this.buffer[this.used++] = 58;
    this.digits(Math.floor(rest / 60_000), 2);
    rest %= 60_000;
    this.buffer[this.used++] = 58;
    this.digits(Math.floor(rest / 1000), 2);
    this.buffer[this.used++] = 46;
    this.digits(rest % 1000, 3);
    this.buffer[this.used++] = 90;
  }
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/** The rows as COPY text, in buffers of about a megabyte. */
export function* copyPieces(columns: readonly (readonly [string, Kind])[], rows: readonly object[]): Generator<Buffer> {
  const encoder = new CopyEncoder();
  for (const row of rows) {
    encoder.row(columns, row as Record<string, unknown>);
    while (encoder.full.length > 0) yield encoder.full.shift()!;
  }
  const rest = encoder.rest();
  if (rest !== null) yield rest;
}
