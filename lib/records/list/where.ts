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
 * The search: each expression ILIKE the pattern, exactly as the trigram indexes are built,
 * so Postgres can answer a rare or absent text from the index. A list that also finds rows
 * by their account's name takes the union of the two id sets: each half has an index (the
 * trigram one, and the account column's through the accounts' trigram index), where one OR
 * across both would leave only a scan of every row, or a linear search of a long id array
 * in each row when the text is common. A text shorter than a trigram has no index to use
 * and matches nearly everything ("oy" is in most Finnish company names), so the union would
 * collect and sort every row; one OR with the account as a correlated EXISTS lets Postgres
 * walk the list's order and stop when a page is full.
 */
function searchSql(spec: ListSpec, q: string): Prisma.Sql {
  const pattern = containsPattern(q);
  const own = Prisma.join(
    spec.search.columns.map((expression) => Prisma.sql`${raw(expression)} ILIKE ${pattern}`),
    " OR ",
  );
  if (!spec.search.accountColumn) return Prisma.sql`(${own})`;
  const table = quoted(spec.table);
  const account = quoted(spec.search.accountColumn);
  if ([...q].length < TRIGRAM_LENGTH) {
    return Prisma.sql`(${own} OR EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = ${table}.${account} AND a."name" ILIKE ${pattern}))`;
  }
  return Prisma.sql`"id" IN (SELECT "id" FROM ${table} WHERE (${own})
    UNION SELECT "id" FROM ${table} WHERE ${account} IN (SELECT "id" FROM "Account" WHERE "name" ILIKE ${pattern}))`;
}

/** The view's filters and search as one condition; `ids` narrows it to a selection of rows. */
export function whereSql(spec: ListSpec, view: AnyView, ids?: readonly number[]): Prisma.Sql {
  const parts = spec.filters.flatMap((filter) => filterSql(filter, view));
  if (view.q) parts.push(searchSql(spec, view.q));
  if (ids) parts.push(Prisma.sql`"id" = ANY(${[...ids]}::int[])`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}
