import { authedRoute } from "@/lib/auth/authed-route";
import { db } from "@/lib/db/client";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { asOfFor, parseDashboardFilters, resolvePeriod, toMetricFilters } from "@/lib/validation/dashboard-filters";
import { funnelCsv } from "./funnel-csv";

// Aggregated figures only, no personal data, so the dashboard's own permission is enough.
export const GET = authedRoute("dashboard.view", async (request) => {
  const filters = parseDashboardFilters(new URL(request.url).searchParams);
  const now = new Date();
  const period = resolvePeriod(filters, now);
  const funnel = await loadFunnelMetrics(db, { period, filters: toMetricFilters(filters), asOf: asOfFor(period, now), kind: "LEAD" });
  const name = `funnel-${period.start.toISOString().slice(0, 10)}-${period.end.toISOString().slice(0, 10)}.csv`;
  return new Response(funnelCsv(funnel), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
