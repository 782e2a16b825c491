import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { cursorOf } from "./cursor";
import type { AnyView, KeyColumn, ListCursor, ListSpec, SortKeyValue, SortSpec } from "./spec";
import { quoted, whereSql } from "./where";

/** Rows on one page of a list. */
export const LIST_PAGE_SIZE = 50;
/** The count stops here: counting every match of a broad filter over a million rows is slow. */
export const LIST_COUNT_CAP = 10_000;

export type ListClient = Pick<PrismaClient, "$queryRaw">;

export interface ListIdPage {
  /** The page's row ids, in the view's order. */
  ids: number[];
  /** Matching rows, at most LIST_COUNT_CAP + 1 (then shown as "more than the cap"); null when not counted. */
  total: number | null;
  /** Where the next page starts; null on the last. */
  next: ListCursor | null;
}

const CAST: Record<KeyColumn["kind"], string> = { date: "timestamptz", day: "date", text: "text", int: "int" };

const keyParam = (key: KeyColumn, value: SortKeyValue) => Prisma.sql`${value}::${Prisma.raw(CAST[key.kind])}`;

/**
 * The stretches of the order that follow the cursor, each an index range. Postgres puts nulls
 * last ascending and first descending, as the (key, id) index is read either way; a nullable
 * key therefore continues past the cursor in two stretches, never with an OR that would scan
 * the index from its start.
 */
function keysetRanges(sort: SortSpec, dir: AnyView["dir"], after: ListCursor | undefined): Prisma.Sql[] {
  if (!after) return [Prisma.sql`TRUE`];
  const op = Prisma.raw(dir === "asc" ? ">" : "<");
  const id = after.id;
  const [only] = sort.keys;
  if (sort.keys.length === 1 && only?.nullable) {
    const column = quoted(only.column);
    const value = after.key[0] ?? null;
    if (value === null) {
      return dir === "asc"
        ? [Prisma.sql`${column} IS NULL AND "id" > ${id}`]
        : [Prisma.sql`${column} IS NULL AND "id" < ${id}`, Prisma.sql`${column} IS NOT NULL`];
    }
    const beyond = Prisma.sql`(${column}, "id") ${op} (${keyParam(only, value)}, ${id})`;
    return dir === "asc" ? [beyond, Prisma.sql`${column} IS NULL`] : [beyond];
  }
  const columns = Prisma.join([...sort.keys.map((key) => quoted(key.column)), quoted("id")]);
  const values = Prisma.join([...sort.keys.map((key, index) => keyParam(key, after.key[index] ?? null)), Prisma.sql`${id}`]);
  return [Prisma.sql`(${columns}) ${op} (${values})`];
}

type KeyRow = Record<string, unknown> & { id: number };

// A day key is read back as its text, so the cursor holds the calendar day whatever the client's time zone.
const selectKey = (key: KeyColumn) => (key.kind === "day" ? Prisma.sql`${quoted(key.column)}::text AS ${quoted(key.column)}` : quoted(key.column));

/**
 * One page of the rows matching the view, in its order, after its cursor (keyset, never
 * OFFSET): the ids, the capped count and the next cursor. `ids` limits it to a selection.
 */
export async function listIdPage(
  spec: ListSpec,
  view: AnyView,
  client: ListClient,
  { size = LIST_PAGE_SIZE, count = true, ids }: { size?: number; count?: boolean; ids?: readonly number[] } = {},
): Promise<ListIdPage> {
  const sort = spec.sorts[view.sort] ?? spec.sorts[spec.defaultSort]!;
  const table = quoted(spec.table);
  const where = whereSql(spec, view, ids);
  const direction = Prisma.raw(view.dir === "asc" ? "ASC" : "DESC");
  const order = Prisma.join([...sort.keys.map((key) => quoted(key.column)), quoted("id")].map((name) => Prisma.sql`${name} ${direction}`));
  const selected = Prisma.join([quoted("id"), ...sort.keys.map(selectKey)]);
  const ranges = keysetRanges(sort, view.dir, view.after).map(
    (range, part) => Prisma.sql`(SELECT ${part}::int AS part, ${selected} FROM ${table} WHERE ${where} AND ${range} ORDER BY ${order} LIMIT ${size + 1})`,
  );
  const [rows, counted] = await Promise.all([
    client.$queryRaw<KeyRow[]>`SELECT * FROM (${Prisma.join(ranges, " UNION ALL ")}) page ORDER BY part, ${order} LIMIT ${size + 1}`,
    count
      ? client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ${LIST_COUNT_CAP + 1}) matching`
      : Promise.resolve(null),
  ]);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  return {
    ids: pageRows.map((row) => row.id),
    total: counted ? (counted[0]?.n ?? 0) : null,
    next: rows.length > size && last ? cursorOf(last, sort) : null,
  };
}

/** Every matching row's id in the view's order, a batch at a time, for an export. */
export async function* listIdBatches(spec: ListSpec, view: AnyView, client: ListClient, options: { size?: number; ids?: readonly number[] } = {}) {
  let after = view.after;
  for (;;) {
    const page = await listIdPage(spec, { ...view, after }, client, { ...options, count: false });
    if (page.ids.length) yield page.ids;
    if (!page.next) return;
    after = page.next;
  }
}
