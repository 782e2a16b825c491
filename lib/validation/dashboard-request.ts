import "server-only";
import type { Period } from "@/lib/metrics/period";
import {
  asOfFor,
  dashboardQueryString,
  parseDashboardFilters,
  resolvePeriod,
  type DashboardFilters,
  type SearchParamsInput,
} from "./dashboard-filters";

export type DashboardRequest = { filters: DashboardFilters; now: Date; period: Period; asOf: Date; query: string };

/** What every dashboard page reads from its URL: the filters, their period and the as-of instant. */
export async function readDashboardRequest(searchParams: Promise<SearchParamsInput>): Promise<DashboardRequest> {
  const filters = parseDashboardFilters(await searchParams);
  // The one clock read of a dashboard page: every figure on it is as of this instant.
  const now = new Date();
  const period = resolvePeriod(filters, now);
  return { filters, now, period, asOf: asOfFor(period, now), query: dashboardQueryString(filters) };
}
