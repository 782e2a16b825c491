import type { QueryClient } from "@/lib/metrics/queries/client";
import type { DrillSet } from "./definition";

/** Rows on one page of a drill-down list. */
export const DRILL_PAGE_SIZE = 50;

export interface DrillPage {
  /** Records behind the figure: the number the list must match. */
  total: number;
  /** Records listed before this page (keyset position). */
  offset: number;
  /** This page's ids, newest record first. */
  ids: number[];
  /** The cursor of the next page; null on the last. */
  nextAfter: number | null;
}

/**
 * One page of the records behind a figure, newest id first, after the keyset cursor `after`
 * (the last id of the previous page). The total and the page's position come from one scan.
 */
export async function loadDrillPage(
  client: QueryClient,
  set: DrillSet,
  { after, size = DRILL_PAGE_SIZE }: { after?: number; size?: number } = {},
): Promise<DrillPage> {
  const cursor = after ?? null;
  const [counts, rows] = await Promise.all([
    client.$queryRaw<{ total: number; before: number }[]>`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE ${cursor}::int IS NOT NULL AND d.id >= ${cursor}::int)::int AS before
        FROM (${set.ids}) d`,
    idsAfter(client, set, cursor, size + 1),
  ]);
  const ids = rows.slice(0, size);
  return {
    total: counts[0]?.total ?? 0,
    offset: counts[0]?.before ?? 0,
    ids,
    nextAfter: rows.length > size ? (ids.at(-1) ?? null) : null,
  };
}

/** Up to `limit` ids of the set below the cursor, highest first. */
async function idsAfter(client: QueryClient, set: DrillSet, after: number | null, limit: number): Promise<number[]> {
  const rows = await client.$queryRaw<{ id: number }[]>`
    SELECT d.id FROM (${set.ids}) d
     WHERE ${after}::int IS NULL OR d.id < ${after}::int
     ORDER BY d.id DESC
     LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Every id behind a figure in list order, in batches of `size` (the CSV export). */
export async function* drillIdBatches(client: QueryClient, set: DrillSet, size = 5000): AsyncGenerator<number[]> {
  let after: number | null = null;
  for (;;) {
    const ids = await idsAfter(client, set, after, size);
    if (ids.length > 0) yield ids;
    if (ids.length < size) return;
    after = ids[ids.length - 1]!;
  }
}
