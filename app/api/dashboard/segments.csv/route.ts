import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadSegmentEconomics } from "@/lib/metrics/queries/economics";
import { loadSalesModel } from "@/lib/metrics/queries/sales-model";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { segmentsCsvChart } from "@/lib/validation/segments-csv";
import { economicsCsv } from "./economics-csv";
import { salesModelCsv } from "./sales-model-csv";

// Aggregates only, but spend, CAC and LTV are the company's cost structure: the page's own right.
export const GET = authedRoute("dashboard.economics", async (request) => {
  const searchParams = new URL(request.url).searchParams;
  const chart = segmentsCsvChart.parse(searchParams.getAll("chart"));
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(searchParams));
  const query = { period, filters: toMetricFilters(filters) };
  if (chart === "model") {
    return csvResponse(periodFileName("segments-sales-model", period), salesModelCsv(await loadSalesModel(db, query)));
  }
  return csvResponse(periodFileName("segments-economics", period), economicsCsv(await loadSegmentEconomics(db, { ...query, asOf }), asOf));
});
