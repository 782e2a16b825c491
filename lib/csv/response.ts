/** Leads a CSV so Excel reads it as UTF-8 (ä and ö) rather than the system code page. */
export const UTF8_BOM = "\uFEFF";

/** A CSV download, never cached (it holds the viewer's data). A text body gets the BOM here; a stream brings its own. */
export function csvResponse(fileName: string, body: string | ReadableStream<Uint8Array>): Response {
  return new Response(typeof body === "string" ? `${UTF8_BOM}${body}` : body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** A file name for a dashboard's CSV: its name and the period's first and last day. */
export function periodFileName(name: string, period: { start: Date; end: Date }): string {
  const lastDay = new Date(period.end.getTime() - 1);
  return `${name}-${period.start.toISOString().slice(0, 10)}-${lastDay.toISOString().slice(0, 10)}.csv`;
}
