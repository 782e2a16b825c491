import type { PrismaClient } from "@/lib/db/prisma";
import type { Period } from "@/lib/metrics/period";
import { loadBowtieOverview } from "@/lib/metrics/queries/bowtie-overview";
import { loadCapacityMetrics } from "@/lib/metrics/queries/capacity";
import { loadSegmentEconomics } from "@/lib/metrics/queries/economics";
import { loadFunnelMetrics } from "@/lib/metrics/queries/funnel";
import { loadFunnelTrends } from "@/lib/metrics/queries/funnel-trends";
import { loadRetentionMetrics } from "@/lib/metrics/queries/retention";
import { loadSalesMetrics } from "@/lib/metrics/queries/sales";
import { loadSourceAttribution } from "@/lib/metrics/queries/sources-attribution";
import { loadSourceFactory } from "@/lib/metrics/queries/sources-factory";

/** Each dashboard's full set of metric queries, as its page runs them. */
export function dashboardLoads(period: Period, asOf: Date): Record<string, (client: PrismaClient) => Promise<unknown>> {
  const filters = {};
  return {
    "bow-tie overview": (client) => loadBowtieOverview(client, { period, filters, asOf }),
    funnel: (client) =>
      Promise.all([
        loadFunnelMetrics(client, { period, filters, asOf, kind: "LEAD" }),
        loadSalesMetrics(client, { period, filters }),
        loadFunnelTrends(client, { period, filters, asOf }),
      ]),
    retention: (client) => loadRetentionMetrics(client, { period, filters, asOf }),
    sources: (client) =>
      Promise.all([loadSourceFactory(client, { period, filters, asOf }), loadSourceAttribution(client, { period, filters }, "W_SHAPED")]),
    capacity: (client) => loadCapacityMetrics(client, { period, filters }),
    segments: (client) => loadSegmentEconomics(client, { period, filters, asOf }),
  };
}
