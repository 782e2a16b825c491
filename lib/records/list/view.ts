import { z } from "zod";
import { first, list, toRecord, type SearchParamsInput, type UrlRecord } from "@/lib/validation/url-params";
import { decodeCursor, encodeCursor } from "./cursor";
import { UNASSIGNED } from "./filters";
import { SORT_DIRECTIONS, type AnyView, type ColumnId, type FilterSpec, type ListSpec, type ListView } from "./spec";

/** The form's record of the sort it was showing: a changed sort opens in its own direction, not the old one's. */
export const SHOWN_SORT_PARAM = "shown";

const ids = (values: string[]) => [...new Set(values.filter((value) => /^[1-9]\d{0,8}$/.test(value)).map(Number))].sort((a, b) => a - b);
const day = (value: unknown) => z.iso.date().safeParse(first(value)).data;
const whole = (value: unknown) => {
  const text = first(value);
  return typeof text === "string" && /^\d{1,12}$/.test(text.trim()) ? Number(text.trim()) : undefined;
};
const text = (value: unknown) => {
  const raw = first(value);
  return typeof raw === "string" ? raw : undefined;
};

// Every field has its own fallback, so a stale bookmark or a hand-edited URL still opens the list.
function readFilter(filter: FilterSpec, record: UrlRecord): Record<string, unknown> {
  switch (filter.type) {
    case "choice": {
      const values = list(record[filter.param]);
      return { [filter.field]: filter.values.filter((value) => values.includes(value)) };
    }
    case "ids":
      return { [filter.field]: ids(list(record[filter.param])) };
    case "owner": {
      const values = list(record[filter.param]);
      return { [filter.field]: ids(values), [filter.nullField]: values.includes(UNASSIGNED) };
    }
    case "codes": {
      const values = list(record[filter.param]).map((value) => value.toUpperCase());
      return { [filter.field]: [...new Set(values.filter((value) => /^[A-Z]{2}$/.test(value)))].sort() };
    }
    case "days": {
      const from = day(record[filter.from]);
      const to = day(record[filter.to]);
      return { ...(from ? { [filter.from]: from } : {}), ...(to ? { [filter.to]: to } : {}) };
    }
    case "range": {
      const [low, high] = filter.bounds;
      const inBounds = (value: number | undefined) => (value !== undefined && value >= low && value <= high ? value : undefined);
      const min = inBounds(whole(record[filter.min]));
      const max = inBounds(whole(record[filter.max]));
      return { ...(min !== undefined ? { [filter.min]: min } : {}), ...(max !== undefined ? { [filter.max]: max } : {}) };
    }
  }
}

function writeFilter(filter: FilterSpec, view: AnyView, params: URLSearchParams): void {
  const values = (field: string) => (view[field] as readonly (string | number)[] | undefined) ?? [];
  switch (filter.type) {
    case "choice":
    case "ids":
    case "codes":
      for (const value of values(filter.field)) params.append(filter.param, String(value));
      return;
    case "owner":
      for (const value of values(filter.field)) params.append(filter.param, String(value));
      if (view[filter.nullField]) params.append(filter.param, UNASSIGNED);
      return;
    case "days":
    case "range": {
      const [a, b] = filter.type === "days" ? [filter.from, filter.to] : [filter.min, filter.max];
      for (const field of [a, b]) if (view[field] !== undefined) params.set(field, String(view[field]));
      return;
    }
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** The list's view in the URL; anything unreadable falls back to its default, it never throws. */
export function parseListView<S extends ListSpec>(spec: S, input: SearchParamsInput): ListView<S> {
  const record = toRecord(input);
  const sorts = Object.keys(spec.sorts);
  const requested = text(record.sort);
  const sort = requested !== undefined && sorts.includes(requested) ? requested : spec.defaultSort;
  const sortSpec = spec.sorts[sort]!;
  const shown = text(record[SHOWN_SORT_PARAM]);
  const dir = z.enum(SORT_DIRECTIONS).safeParse(first(record.dir)).data;
  const q = text(record.q)?.trim().slice(0, 100);
  const after = text(record.after);
  const cursor = after && after.length <= 1000 ? decodeCursor(after, sortSpec) : undefined;
  const cols = record.cols === undefined ? undefined : spec.columns.filter((column) => list(record.cols).includes(column));

  const view: AnyView = {
    ...Object.assign({}, ...spec.filters.map((filter) => readFilter(filter, record))),
    ...(q ? { q } : {}),
    sort,
    // A direction chosen for the sort the form was showing does not carry over to another sort.
    dir: dir && (shown === undefined || shown === sort) ? dir : sortSpec.dir,
    ...(cursor ? { after: cursor } : {}),
    ...(cols && !sameList(cols, spec.defaultColumns) ? { cols } : {}),
  };
  return view as ListView<S>;
}

/** The view as a query string without "?"; defaults are left out, so the plain URL is the default view. */
export function listQuery(spec: ListSpec, view: AnyView): string {
  const params = new URLSearchParams();
  for (const filter of spec.filters) writeFilter(filter, view, params);
  if (view.q) params.set("q", view.q);
  if (view.sort !== spec.defaultSort) params.set("sort", view.sort);
  if (view.dir !== spec.sorts[view.sort]?.dir) params.set("dir", view.dir);
  if (view.cols && !sameList(view.cols, spec.defaultColumns)) params.set("cols", view.cols.join(","));
  if (view.after) params.set("after", encodeCursor(view.after));
  return params.toString();
}

/** The columns a view shows besides the name. */
export function shownColumns(spec: ListSpec, view: AnyView): readonly ColumnId[] {
  return view.cols ?? spec.defaultColumns;
}

/** `%text%` for ILIKE, with the pattern characters in `text` matched literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The rows a request names by id (`ids`, or `ids[]` as the row checkboxes submit them); undefined when it names none. */
export function selectedIds(input: SearchParamsInput): number[] | undefined {
  const record = toRecord(input);
  const named = [...list(record.ids), ...list(record["ids[]"])];
  return named.length ? ids(named) : undefined;
}
