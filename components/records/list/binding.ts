import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { ListSpec } from "@/lib/records/list/spec";

export interface CellContext {
  t: Translate;
  locale: Locale;
}

export interface ListColumn<Row> {
  numeric?: boolean;
  /** Dates and short codes stay on one line. */
  nowrap?: boolean;
  muted?: boolean;
  cell: (row: Row, context: CellContext) => ReactNode;
}

/**
 * How one kind of record appears in its list: the spec it is read by, how its rows are
 * loaded by id, the name its row links by, and a cell for each of the spec's columns.
 */
export interface ListBinding<S extends ListSpec, Row extends { id: number; version: number }> {
  spec: S;
  rows: (ids: readonly number[]) => Promise<Row[]>;
  name: (row: Row) => string;
  columns: { [C in S["columns"][number]]: ListColumn<Row> };
}
