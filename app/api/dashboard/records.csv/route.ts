import { authedRoute } from "@/lib/auth/authed-route";
import { assertCan } from "@/lib/auth/permissions";
import { csvResponse, periodFileName, UTF8_BOM } from "@/lib/csv/response";
import { toCsv } from "@/lib/csv/write";
import { listAccountsByIds } from "@/lib/data/accounts";
import { listDealsByIds } from "@/lib/data/deals";
import { listLeadsByIds } from "@/lib/data/leads";
import { db } from "@/lib/db/client";
import type { DrillSet } from "@/lib/drill/definition";
import { ORIGIN_ACTION } from "@/lib/drill/origin";
import { drillIdBatches } from "@/lib/drill/page";
import { resolveDrill } from "@/lib/drill/resolve";
import { toRecord } from "@/lib/validation/url-params";
import { AppError } from "@/lib/errors";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { accountRow, dealRow, leadRow, RECORD_CSV_HEADER } from "./records-csv";

async function rowsOf(set: DrillSet, ids: number[]) {
  if (set.kind === "LEAD") return (await listLeadsByIds(ids)).map(leadRow);
  if (set.kind === "ACCOUNT") return (await listAccountsByIds(ids)).map(accountRow);
  return (await listDealsByIds(ids)).map(dealRow);
}

/**
 * Every record behind a figure as CSV. Personal data leaves the system, so this takes the
 * export right, not the dashboard's. Streamed in id batches, so a large set never sits in memory.
 */
export const GET = authedRoute("records.export", async (request, user) => {
  const params = new URL(request.url).searchParams;
  const { period, asOf, filters } = await readDashboardRequest(Promise.resolve(params));
  const set = resolveDrill(toRecord(params), { period, asOf, filters: toMetricFilters(filters) });
  if (!set) throw new AppError("NOT_FOUND", "no such drill-down");
  assertCan(user, ORIGIN_ACTION[set.origin]);

  const encoder = new TextEncoder();
  const batches = drillIdBatches(db, set);
  let header = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        if (header) controller.enqueue(encoder.encode(`${UTF8_BOM}${toCsv(RECORD_CSV_HEADER[set.kind], [])}`));
        controller.close();
        return;
      }
      const csv = toCsv(RECORD_CSV_HEADER[set.kind], await rowsOf(set, next.value));
      // The header goes out once, with the first batch.
      controller.enqueue(encoder.encode(header ? `${UTF8_BOM}${csv}` : csv.slice(csv.indexOf("\r\n") + 2)));
      header = false;
    },
  });
  return csvResponse(periodFileName(`${set.kind.toLowerCase()}s`, period), body);
});
