import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse, periodFileName } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { loadSourceAttribution } from "@/lib/metrics/queries/sources-attribution";
import { loadSourceFactory } from "@/lib/metrics/queries/sources-factory";
import { toMetricFilters } from "@/lib/validation/dashboard-filters";
import { readDashboardRequest } from "@/lib/validation/dashboard-request";
import { parseSourcesParams } from "@/lib/validation/sources-params";
import { attributionCsv, factoryCsv } from "./sources-csv";

// Aggregated figures only, no personal data, so the dashboard's own permission is enough.
// `chart` picks the chart (the factory unless it names another); `model` the attribution model.
export const GET = authedRoute("dashboard.view", async (request) => {
  const searchParams = new URL(request.url).searchParams;
  const { filters, period, asOf } = await readDashboardRequest(Promise.resolve(searchParams));
  const { chart, model } = parseSourcesParams(searchParams);
  const query = { period, filters: toMetricFilters(filters), asOf };
  if (chart === "attribution") {
    const attribution = await loadSourceAttribution(db, query, model);
    return csvResponse(periodFileName(`sources-attribution-${model.toLowerCase()}`, period), attributionCsv(attribution));
  }
  return csvResponse(periodFileName("sources-factory", period), factoryCsv(await loadSourceFactory(db, query)));
});
