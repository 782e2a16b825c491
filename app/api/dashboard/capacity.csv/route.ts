import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadCapacityMetrics } from "@/lib/metrics/queries/capacity";
import { CAPACITY_KINDS } from "@/lib/validation/capacity-view";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { capacityCsv } from "./capacity-csv";

// Aggregated figures and team names only, no personal data, so the dashboard's own permission is enough.
// Both chains, accounts' and leads', in one file: the page shows either, and the file is the data behind both.
export const GET = authedRoute("dashboard.view", async (request) => {
  const { filters, period } = await readDashboardRequest(Promise.resolve(new URL(request.url).searchParams));
  const chains = await Promise.all(CAPACITY_KINDS.map((kind) => loadCapacityMetrics(db, { period, filters: toMetricFilters(filters), kind })));
  return csvResponse(periodFileName("capacity", period), capacityCsv(chains));
});
