import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { funnelCsv } from "./funnel-csv";

// Aggregated figures only, no personal data, so the dashboard's own permission is enough.
export const GET = authedRoute("dashboard.view", async (request) => {
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(new URL(request.url).searchParams));
  const funnel = await loadFunnelMetrics(db, { period, filters: toMetricFilters(filters), asOf, kind: "LEAD" });
  return csvResponse(periodFileName("funnel", period), funnelCsv(funnel));
});
