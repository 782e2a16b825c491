import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { bowtieCsv } from "./bowtie-csv";

// Aggregated figures only, no personal data, so the dashboard's own permission is enough.
export const GET = authedRoute("dashboard.view", async (request) => {
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(new URL(request.url).searchParams));
  const overview = await loadBowtieOverview(db, { period, filters: toMetricFilters(filters), asOf });
  return csvResponse(periodFileName("bowtie", period), bowtieCsv(overview));
});
