import { Prisma } from "@/generated/prisma/client";
import type { AnyView, FilterSpec, ListSpec } from "./spec";
import { containsPattern } from "./view";

// Spec column names and types are fixed strings in the specs, never user input; values
// always travel as parameters.
const raw = (sql: string) => Prisma.raw(sql);
export const quoted = (name: string) => raw(`"${name}"`);

const UTC_DAY_MS = 86_400_000;
const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

function filterSql(filter: FilterSpec, view: AnyView): Prisma.Sql[] {
  switch (filter.type) {
    case "choice":
    case "codes": {
      const values = view[filter.field] as string[];
      return values.length ? [Prisma.sql`${quoted(filter.column)} = ANY(${values}::${raw(filter.sqlType)}[])`] : [];
    }
    case "ids": {
      const values = view[filter.field] as number[];
      if (!values.length) return [];
      if (!filter.via) return [Prisma.sql`${quoted(filter.column)} = ANY(${values}::int[])`];
      return [
        Prisma.sql`${quoted(filter.column)} IN (SELECT "id" FROM ${quoted(filter.via.table)} WHERE ${quoted(filter.via.column)} = ANY(${values}::int[]))`,
      ];
    }
    case "owner": {
      const values = view[filter.field] as number[];
      const column = quoted(filter.column);
      const none = view[filter.nullField] === true;
      if (values.length && none) return [Prisma.sql`(${column} = ANY(${values}::int[]) OR ${column} IS NULL)`];
      if (values.length) return [Prisma.sql`${column} = ANY(${values}::int[])`];
      return none ? [Prisma.sql`${column} IS NULL`] : [];
    }
    case "days": {
      const column = quoted(filter.column);
      const from = view[filter.from] as string | undefined;
      const to = view[filter.to] as string | undefined;
      const parts: Prisma.Sql[] = [];
      if (filter.columnType === "date") {
        if (from) parts.push(Prisma.sql`${column} >= ${from}::date`);
        if (to) parts.push(Prisma.sql`${column} <= ${to}::date`);
      } else {
        if (from) parts.push(Prisma.sql`${column} >= ${startOfDay(from)}`);
        if (to) parts.push(Prisma.sql`${column} < ${new Date(startOfDay(to).getTime() + UTC_DAY_MS)}`);
      }
      return parts;
    }
    case "range": {
      const column = quoted(filter.column);
      const scale = filter.scale ?? 1;
      const min = view[filter.min] as number | undefined;
      const max = view[filter.max] as number | undefined;
      return [
        ...(min !== undefined ? [Prisma.sql`${column} >= ${min * scale}`] : []),
        ...(max !== undefined ? [Prisma.sql`${column} <= ${max * scale}`] : []),
      ];
    }
  }
}

// pg_trgm answers a search from its index only when the text has a trigram, three characters.
const TRIGRAM_LENGTH = 3;

/**
 * Two ways to write the same search, because which is fast depends on how many rows match,
 * and Postgres cannot tell: its guess for `ILIKE '%text%'` is a fixed share of the rows.
 * - "matches" collects the matching ids first, from the trigram indexes, then orders them:
 *   milliseconds for a rare text, but it collects every match of a common one.
 * - "walk" reads the list in its order and keeps the rows that match until a page is full:
 *   milliseconds when matches are everywhere, but a rare text reads the whole table (seconds
 *   at a million leads).
 */
export type SearchShape = "matches" | "walk";

/**
 * The search: each expression ILIKE the pattern, exactly as the trigram indexes are built.
 * For "matches", a list that also finds rows by their account's name takes the union of two
 * id sets, each from an index (its own trigram index, and the account column's through the
 * accounts' trigram index); a list without one is fenced with OFFSET 0, so that Postgres
 * cannot fold the id set back into a walk. For "walk", the account is a correlated EXISTS.
 */
function searchSql(spec: ListSpec, q: string, shape: SearchShape): Prisma.Sql {
  const pattern = containsPattern(q);
  const own = Prisma.join(
    spec.search.columns.map((expression) => Prisma.sql`${raw(expression)} ILIKE ${pattern}`),
    " OR ",
  );
  const table = quoted(spec.table);
  const account = spec.search.accountColumn ? quoted(spec.search.accountColumn) : null;
  if (shape === "walk") {
    if (!account) return Prisma.sql`(${own})`;
    return Prisma.sql`(${own} OR EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = ${table}.${account} AND a."name" ILIKE ${pattern}))`;
  }
  if (!account) return Prisma.sql`"id" IN (SELECT "id" FROM ${table} WHERE ${own} OFFSET 0)`;
  return Prisma.sql`"id" IN (SELECT "id" FROM ${table} WHERE (${own})
    UNION SELECT "id" FROM ${table} WHERE ${account} IN (SELECT "id" FROM "Account" WHERE "name" ILIKE ${pattern}))`;
}

/**
 * How to count a search's matches (up to the cap). A list's own expressions are counted as a
 * plain OR, which Postgres answers from the trigram index for a rare text and stops early
 * for a common one. With the account's name, the union serves a text of a trigram or more;
 * a shorter one can use no index and matches nearly everything ("oy" is in most Finnish
 * company names), so the walk reaches the cap soonest.
 */
export function countShape(spec: ListSpec, q: string | undefined): SearchShape {
  return !q || !spec.search.accountColumn || shorterThanTrigram(q) ? "walk" : "matches";
}

/** A text no trigram index can answer: every way of writing its search reads the whole table, and walking stops soonest. */
export const shorterThanTrigram = (q: string) => [...q].length < TRIGRAM_LENGTH;

/** The view's filters and search (written as `search`) as one condition; `ids` narrows it to a selection of rows. */
export function whereSql(spec: ListSpec, view: AnyView, search: SearchShape, ids?: readonly number[]): Prisma.Sql {
  const parts = spec.filters.flatMap((filter) => filterSql(filter, view));
  if (view.q) parts.push(searchSql(spec, view.q, search));
  if (ids) parts.push(Prisma.sql`"id" = ANY(${[...ids]}::int[])`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}
