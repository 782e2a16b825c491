import type { ImportKind } from "../kinds";
import type { ExistingIndex, KeyName } from "../plan";
import { TABLE, type Sql } from "./client";

const COLUMN: Record<KeyName, string> = { email: "email", domain: "domain", externalId: '"externalId"' };

/** The existing records of a kind that the file's keys name, one indexed query per key. */
export async function findExisting(sql: Sql, kind: ImportKind, keys: Record<KeyName, string[]>): Promise<ExistingIndex> {
  const index: ExistingIndex = { email: new Map(), domain: new Map(), externalId: new Map() };
  for (const name of Object.keys(keys) as KeyName[]) {
    if (keys[name].length === 0) continue;
    const rows = await sql.$queryRawUnsafe<{ id: number; key: string }[]>(
      `SELECT id, ${COLUMN[name]} AS key FROM ${TABLE[kind]} WHERE ${COLUMN[name]} = ANY($1::text[])`,
      keys[name],
    );
    for (const row of rows) index[name].set(row.key, row.id);
  }
  return index;
}
