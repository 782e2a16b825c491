import { z } from "zod";
import type { KeyColumn, ListCursor, SortKeyValue, SortSpec } from "./spec";

const KEY_SCHEMAS = {
  date: z.iso.datetime(),
  day: z.iso.date(),
  text: z.string(),
  int: z.number().int(),
} as const;

const ID = z.number().int().positive();

const keySchema = (key: KeyColumn) => (key.nullable ? KEY_SCHEMAS[key.kind].nullable() : KEY_SCHEMAS[key.kind]);

/** A cursor as it sits in the URL: base64url JSON of the sort key followed by the id. */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([...cursor.key, cursor.id])).toString("base64url");
}

/** The cursor in `after` for this sort, or undefined when it is unreadable or from another sort. */
export function decodeCursor(after: string, sort: SortSpec): ListCursor | undefined {
  const schema = z.tuple([...sort.keys.map(keySchema), ID] as unknown as [z.ZodType]);
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(after, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    const values = parsed.data as SortKeyValue[];
    return { key: values.slice(0, -1), id: values.at(-1) as number };
  } catch {
    return undefined;
  }
}

/** The cursor of a row read back from the database: instants as ISO text, days as YYYY-MM-DD. */
export function cursorOf(row: Record<string, unknown> & { id: number }, sort: SortSpec): ListCursor {
  const key = sort.keys.map(({ column, kind }) => {
    const value = row[column];
    if (value instanceof Date) return kind === "day" ? value.toISOString().slice(0, 10) : value.toISOString();
    return value as SortKeyValue;
  });
  return { key, id: row.id };
}
