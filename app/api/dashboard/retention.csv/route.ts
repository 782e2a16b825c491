import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadRetentionMetrics } from "@/lib/metrics/queries/retention";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { parseRetentionChart } from "@/lib/validation/retention-view";
import { retentionCsv } from "./retention-csv";

// Aggregated figures only, but revenue ones: the retention page's own permission.
export const GET = authedRoute("dashboard.revenue", async (request) => {
  const params = new URL(request.url).searchParams;
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(params));
  const chart = parseRetentionChart(params);
  const metrics = await loadRetentionMetrics(db, { period, filters: toMetricFilters(filters), asOf });
  return csvResponse(periodFileName(`retention-${chart}`, period), retentionCsv(chart, metrics));
});
