/** Rows per statement: large enough that round trips do not dominate, small enough that one statement's arrays stay a few MB. */
export const CHUNK_ROWS = 5_000;

export function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += CHUNK_ROWS) yield items.slice(start, start + CHUNK_ROWS);
}
