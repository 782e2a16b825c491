import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { cursorOf } from "./cursor";
import type { AnyView, KeyColumn, ListCursor, ListSpec, SortKeyValue, SortSpec } from "./spec";
import { countShape, quoted, shorterThanTrigram, whereSql, type SearchShape } from "./where";

/** Rows on one page of a list. */
export const LIST_PAGE_SIZE = 50;
/** The count stops here: counting every match of a broad filter over a million rows is slow. */
export const LIST_COUNT_CAP = 10_000;
/**
 * Up to this many matches a search collects them and orders them; with more, matches are
 * dense enough (one row in 500 at a million leads) that reading the list in its order finds
 * a page of them within a few tens of thousands of rows. Measured at 1M leads: 735 matches
 * take 210 ms collected and 441 ms walked, none 1 ms against 3 s, 7,857 take 110 against 42.
 */
const SPARSE_MATCHES = 2_000;

/** How a page reads a search with this many matches (counted up to the cap). */
export const searchShapeFor = (matches: number): SearchShape => (matches <= SPARSE_MATCHES ? "matches" : "walk");

export type ListClient = Pick<PrismaClient, "$queryRaw">;

export interface ListIdPage {
  /** The page's row ids, in the view's order. */
  ids: number[];
  /** Matching rows, at most LIST_COUNT_CAP + 1 (then shown as "more than the cap"); null when not counted. */
  total: number | null;
  /** Where the next page starts; null on the last. */
  next: ListCursor | null;
  /** How the search was written, for the next page of the same walk (see SearchShape). */
  search: SearchShape;
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

const countSql = (table: Prisma.Sql, where: Prisma.Sql) =>
  Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ${LIST_COUNT_CAP + 1}) matching`;

/**
 * One page of the rows matching the view, in its order, after its cursor (keyset, never
 * OFFSET): the ids, the capped count and the next cursor. `ids` limits it to a selection.
 * A search of a trigram or more is counted first, and the count decides how the page reads
 * it (see SearchShape), unless `search` says already; otherwise the page and its count are
 * read side by side.
 */
export async function listIdPage(
  spec: ListSpec,
  view: AnyView,
  client: ListClient,
  { size = LIST_PAGE_SIZE, count = true, ids, search }: { size?: number; count?: boolean; ids?: readonly number[]; search?: SearchShape } = {},
): Promise<ListIdPage> {
  const sort = spec.sorts[view.sort] ?? spec.sorts[spec.defaultSort]!;
  const table = quoted(spec.table);
  const decides = !search && !!view.q && !shorterThanTrigram(view.q);
  const counting =
    count || decides
      ? client.$queryRaw<{ n: number }[]>(countSql(table, whereSql(spec, view, countShape(spec, view.q), ids))).then((rows) => rows[0]?.n ?? 0)
      : null;
  const shape = search ?? (decides && counting ? searchShapeFor(await counting) : "walk");
  const where = whereSql(spec, view, shape, ids);
  const direction = Prisma.raw(view.dir === "asc" ? "ASC" : "DESC");
  const order = Prisma.join([...sort.keys.map((key) => quoted(key.column)), quoted("id")].map((name) => Prisma.sql`${name} ${direction}`));
  const selected = Prisma.join([quoted("id"), ...sort.keys.map(selectKey)]);
  const ranges = keysetRanges(sort, view.dir, view.after).map(
    (range, part) => Prisma.sql`(SELECT ${part}::int AS part, ${selected} FROM ${table} WHERE ${where} AND ${range} ORDER BY ${order} LIMIT ${size + 1})`,
  );
  const [rows, total] = await Promise.all([
    client.$queryRaw<KeyRow[]>`SELECT * FROM (${Prisma.join(ranges, " UNION ALL ")}) page ORDER BY part, ${order} LIMIT ${size + 1}`,
    count ? counting : null,
  ]);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  return {
    ids: pageRows.map((row) => row.id),
    total,
    next: rows.length > size && last ? cursorOf(last, sort) : null,
    search: shape,
  };
}

/** Every matching row's id in the view's order, a batch at a time, for an export. */
export async function* listIdBatches(spec: ListSpec, view: AnyView, client: ListClient, options: { size?: number; ids?: readonly number[] } = {}) {
  let after = view.after;
  let search: SearchShape | undefined;
  for (;;) {
    const page = await listIdPage(spec, { ...view, after }, client, { ...options, count: false, search });
    search = page.search;
    if (page.ids.length) yield page.ids;
    if (!page.next) return;
    after = page.next;
  }
}
