import { z } from "zod";
import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadFunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { cohortsCsv, qualityCsv, staysCsv, trendCsv } from "./funnel-charts-csv";
import { funnelCsv } from "./funnel-csv";

const chartSchema = z.enum(["stages", "trend", "cohorts", "stays", "quality"]).catch("stages");

// Aggregated figures only, no personal data, so the dashboard's own permission is enough.
export const GET = authedRoute("dashboard.view", async (request) => {
  const params = new URL(request.url).searchParams;
  const chart = chartSchema.parse(params.get("chart") ?? undefined);
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(params));
  const query = { period, filters: toMetricFilters(filters), asOf };
  const name = periodFileName(chart === "stages" ? "funnel" : `funnel-${chart}`, period);

  if (chart === "stages" || chart === "stays") {
    const funnel = await loadFunnelMetrics(db, { ...query, kind: "LEAD" });
    return csvResponse(name, chart === "stages" ? funnelCsv(funnel) : staysCsv(funnel));
  }
  const trends = await loadFunnelTrends(db, query);
  return csvResponse(name, chart === "trend" ? trendCsv(trends) : chart === "cohorts" ? cohortsCsv(trends) : qualityCsv(trends));
});
