import type { EntityKind } from "@/generated/prisma/enums";
import type { MessageKey, PlainMessageKey } from "@/lib/i18n/translator";

// One description per kind of record list: which table, which filters, which sorts, which
// columns. The URL codec (view.ts), the SQL (lib/records/list/sql) and the filter form all
// read these descriptions, so a new filter or sort is one line in a spec, not four copies.

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** How a sort key's value travels in a cursor: an ISO instant, a calendar day, text or an integer. */
export type KeyKind = "date" | "day" | "text" | "int";

export interface KeyColumn {
  column: string;
  kind: KeyKind;
  /** Only a sort with this one key column may be nullable (see keysetRanges). */
  nullable?: boolean;
}

export interface SortSpec {
  keys: readonly KeyColumn[];
  /** The direction the sort opens in; choosing another sort resets to it. */
  dir: SortDirection;
  label: PlainMessageKey;
}

/** Where the options of a filter whose values live in the database come from. */
export type OptionSource = "segments" | "owners" | "countries";

/** Values from a fixed set (an enum): `column = ANY(values::sqlType[])`. */
export interface ChoiceOptions<Field extends string = string, Value extends string = string> {
  param: string;
  field: Field;
  values: readonly Value[];
  column: string;
  sqlType: string;
  label: PlainMessageKey;
  // A method, so a filter over one enum still counts as a filter over strings.
  optionLabel(value: Value): PlainMessageKey;
}
export type ChoiceFilter<Field extends string = string, Value extends string = string> = ChoiceOptions<Field, Value> & { type: "choice" };

/** Row ids of another table (segments); `via` reaches them through the record's account. */
export interface IdsOptions<Field extends string = string> {
  param: string;
  field: Field;
  column: string;
  via?: { table: string; column: string };
  options: OptionSource;
  label: PlainMessageKey;
}
export type IdsFilter<Field extends string = string> = IdsOptions<Field> & { type: "ids" };

/** Owners by id, and "no owner" as its own option. */
export interface OwnerOptions<Field extends string = string, NullField extends string = string> {
  param: string;
  field: Field;
  nullField: NullField;
  column: string;
  label: PlainMessageKey;
}
export type OwnerFilter<Field extends string = string, NullField extends string = string> = OwnerOptions<Field, NullField> & { type: "owner" };

/** Short upper-case codes read from the data (countries). */
export interface CodesOptions<Field extends string = string> {
  param: string;
  field: Field;
  column: string;
  sqlType: string;
  options: OptionSource;
  label: PlainMessageKey;
}
export type CodesFilter<Field extends string = string> = CodesOptions<Field> & { type: "codes" };

/** Calendar days, both included; `columnType` says whether the column is an instant or a day. */
export interface DaysOptions<From extends string = string, To extends string = string> {
  from: From;
  to: To;
  column: string;
  columnType: "timestamptz" | "date";
  fromLabel: PlainMessageKey;
  toLabel: PlainMessageKey;
}
export type DaysFilter<From extends string = string, To extends string = string> = DaysOptions<From, To> & { type: "days" };

/** Whole numbers between bounds, both included; `scale` turns the URL's unit into the column's (euros → cents). */
export interface RangeOptions<Min extends string = string, Max extends string = string> {
  min: Min;
  max: Max;
  column: string;
  bounds: readonly [number, number];
  scale?: number;
  minLabel: PlainMessageKey;
  maxLabel: PlainMessageKey;
}
export type RangeFilter<Min extends string = string, Max extends string = string> = RangeOptions<Min, Max> & { type: "range" };

export type FilterSpec = ChoiceFilter | IdsFilter | OwnerFilter | CodesFilter | DaysFilter | RangeFilter;

export interface SearchSpec {
  /** Expressions of the list's own table matched with ILIKE; a trigram index covers each exactly. */
  columns: readonly string[];
  /** A column holding an account id: the search also finds the records of accounts whose name matches. */
  accountColumn?: string;
  placeholder: PlainMessageKey;
}

/** A column's id: each has its heading in the catalog as `lists.column.<id>`. */
export type ColumnId = MessageKey extends infer K ? (K extends `lists.column.${infer C}` ? C : never) : never;

export interface ListSpec {
  kind: EntityKind;
  table: string;
  /** The list's page, and the first part of its detail pages' paths. */
  path: string;
  filters: readonly FilterSpec[];
  search: SearchSpec;
  sorts: Readonly<Record<string, SortSpec>>;
  defaultSort: string;
  /** Every column the list can show besides the record's name, which is always shown. */
  columns: readonly ColumnId[];
  defaultColumns: readonly ColumnId[];
}

/** The id of the row that a cursor names, after its sort key. */
export type SortKeyValue = string | number | null;

/** Where a page starts: the last row of the previous page, by its sort key and id. */
export interface ListCursor {
  key: SortKeyValue[];
  id: number;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

type FieldsOf<F> =
  F extends ChoiceFilter<infer K, infer V>
    ? { [P in K]: V[] }
    : F extends IdsFilter<infer K>
      ? { [P in K]: number[] }
      : F extends OwnerFilter<infer K, infer N>
        ? { [P in K]: number[] } & { [P in N]: boolean }
        : F extends CodesFilter<infer K>
          ? { [P in K]: string[] }
          : F extends DaysFilter<infer A, infer B>
            ? { [P in A | B]?: string }
            : F extends RangeFilter<infer A, infer B>
              ? { [P in A | B]?: number }
              : never;

/** What every list's view holds besides its filters. */
export type BaseView<Sort extends string = string> = {
  q?: string;
  sort: Sort;
  dir: SortDirection;
  after?: ListCursor;
  /** The chosen columns, in the spec's order; absent means the spec's defaults. */
  cols?: ColumnId[];
};

/** A list's view: its filters' fields, the search, the sort and the page cursor, as the URL holds them. */
export type ListView<S extends ListSpec> = UnionToIntersection<FieldsOf<S["filters"][number]>> & BaseView<Extract<keyof S["sorts"], string>>;

/** Any list's view, for the code shared by all of them. */
export type AnyView = BaseView & Record<string, unknown>;
