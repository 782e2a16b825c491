import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LIST_SPECS, listKindOf } from "@/lib/records/list/specs";
import { parseListView, selectedIds } from "@/lib/records/list/view";
import { LIST_CSV } from "./exporters";

/**
 * A record list as CSV: every row matching the view in the URL (its filters, search, sort
 * and columns; not only the page shown), or with `ids` just the selected rows among them.
 * Personal data leaves the system, so this takes the export right, not the read right.
 */
export const GET = authedRoute("records.export", async (request, _user, { params }: { params: Promise<{ kind: string }> }) => {
  const { kind: name } = await params;
  const kind = listKindOf(name);
  if (!kind) throw new AppError("NOT_FOUND", `no record list "${name}"`);
  const search = new URL(request.url).searchParams;
  const view = parseListView(LIST_SPECS[kind], search);
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(`${name}-${stamp}.csv`, LIST_CSV[kind].stream(view, db, selectedIds(search)));
});
