import type { PrismaClient } from "@/generated/prisma/client";
import { UTF8_BOM } from "@/lib/csv/response";
import { toCsv, type CsvCell } from "@/lib/csv/write";
import { listIdBatches } from "@/lib/records/list/page";
import type { AnyView, ColumnId, ListSpec } from "@/lib/records/list/spec";
import { shownColumns } from "@/lib/records/list/view";

/** Rows per query while exporting: large enough to be quick, small enough never to hold much in memory. */
export const EXPORT_BATCH = 1_000;

export type ExportClient = Pick<PrismaClient, "$queryRaw" | "lead" | "contact" | "account" | "deal">;

/** One kind's CSV: the spec it is read by, its rows by id, the cells that always lead and one per column. */
export interface CsvExporter<Row extends { id: number }> {
  spec: ListSpec;
  rows: (ids: readonly number[], client: ExportClient) => Promise<Row[]>;
  lead: { header: readonly string[]; cells: (row: Row) => CsvCell[] };
  columns: Partial<Record<ColumnId, { header: string; cell: (row: Row) => CsvCell }>>;
}

/**
 * Every row of the view (or of the selection `ids` within it) as CSV in the view's order and
 * with its columns, read in keyset batches and streamed, so a large export never sits in memory.
 */
export function listCsvStream<Row extends { id: number }>(
  exporter: CsvExporter<Row>,
  view: AnyView,
  client: ExportClient,
  ids?: readonly number[],
): ReadableStream<Uint8Array> {
  const columns = shownColumns(exporter.spec, view).flatMap((id) => exporter.columns[id] ?? []);
  const header = [...exporter.lead.header, ...columns.map((column) => column.header)];
  const batches = listIdBatches(exporter.spec, { ...view, after: undefined }, client, { size: EXPORT_BATCH, ids });
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${UTF8_BOM}${toCsv(header, [])}`));
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      const rows = await exporter.rows(next.value, client);
      const csv = toCsv([], rows.map((row) => [...exporter.lead.cells(row), ...columns.map((column) => column.cell(row))]));
      // toCsv starts with its (here empty) header line; the header went out first.
      controller.enqueue(encoder.encode(csv.slice(2)));
    },
  });
}

/** A kind's export with its row type hidden, so the four kinds fit in one table. */
export interface ListCsv {
  spec: ListSpec;
  stream: (view: AnyView, client: ExportClient, ids?: readonly number[]) => ReadableStream<Uint8Array>;
}

export function listCsv<Row extends { id: number }>(exporter: CsvExporter<Row>): ListCsv {
  return { spec: exporter.spec, stream: (view, client, ids) => listCsvStream(exporter, view, client, ids) };
}
