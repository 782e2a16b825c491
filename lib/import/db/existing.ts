import type { ImportKind } from "../kinds";
import type { ExistingIndex, KeyName } from "../plan";
import { TABLE, type Sql } from "./client";

const COLUMN: Record<KeyName, string> = { email: "email", domain: "domain", externalId: '"externalId"' };

/**
 * The existing records of a kind that the file's keys name, one indexed query per key. The
 * keys are joined as an unnested array rather than `= ANY(array)`: with 100,000 keys the
 * planner otherwise weighs every element and spends longer planning than running. The
 * matches come back as two arrays in one row, which Prisma reads far faster than 100,000 rows.
 */
export async function findExisting(sql: Sql, kind: ImportKind, keys: Record<KeyName, string[]>): Promise<ExistingIndex> {
  const index: ExistingIndex = { email: new Map(), domain: new Map(), externalId: new Map() };
  for (const name of Object.keys(keys) as KeyName[]) {
    if (keys[name].length === 0) continue;
    const [found] = await sql.$queryRawUnsafe<{ ids: number[] | null; keys: string[] | null }[]>(
      `SELECT array_agg(r.id) AS ids, array_agg(r.${COLUMN[name]}) AS keys
         FROM unnest($1::text[]) AS k(key) JOIN ${TABLE[kind]} r ON r.${COLUMN[name]} = k.key`,
      keys[name],
    );
    const ids = found?.ids ?? [];
    const values = found?.keys ?? [];
    for (let i = 0; i < ids.length; i++) index[name].set(values[i]!, ids[i]!);
  }
  return index;
}
