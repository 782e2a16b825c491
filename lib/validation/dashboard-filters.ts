import { z } from "zod";
import { first, list, toRecord, type SearchParamsInput } from "./url-params";
import { LeadSource } from "@/generated/prisma/enums";
import { addDays, customPeriod, monthPeriod, quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/period";
import type { MetricFilters } from "@/lib/metrics/queries/filters";

export const PERIOD_PRESETS = ["month", "quarter", "year", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const LEAD_SOURCES = Object.values(LeadSource);

/**
 * The dashboard filters as they live in the URL. Dates are calendar days (YYYY-MM-DD, UTC):
 * `at` picks which month / quarter / year (absent: the one containing now); a custom period
 * runs from `from` to `to`, both days included.
 */
export interface DashboardFilters {
  preset: PeriodPreset;
  at?: string;
  from?: string;
  to?: string;
  segmentIds: number[];
  sources: LeadSource[];
}

export type { SearchParamsInput };

export const DEFAULT_DASHBOARD_FILTERS: DashboardFilters = { preset: "month", segmentIds: [], sources: [] };


const day = z.preprocess(first, z.iso.date().optional().catch(undefined));

// Every field has its own fallback, so one bad value never discards the others and a
// hand-edited or stale bookmark still opens the page.
const schema = z.object({
  period: z.preprocess(first, z.enum(PERIOD_PRESETS).catch("month")),
  at: day,
  from: day,
  to: day,
  segment: z.preprocess(list, z.array(z.string())).transform((values) =>
    [...new Set(values.filter((value) => /^[1-9]\d{0,8}$/.test(value)).map(Number))].sort((a, b) => a - b),
  ),
  source: z.preprocess(list, z.array(z.string())).transform((values) =>
    LEAD_SOURCES.filter((source) => values.includes(source)),
  ),
});


/** The filters in the URL; anything unreadable falls back to its default, it never throws. */
export function parseDashboardFilters(input: SearchParamsInput): DashboardFilters {
  const parsed = schema.parse(toRecord(input));
  const base = { segmentIds: parsed.segment, sources: parsed.source };
  if (parsed.period === "custom") {
    // A custom period without both ends, or ending before it starts, has no meaning: show the month instead.
    if (parsed.from && parsed.to && parsed.from <= parsed.to) return { preset: "custom", from: parsed.from, to: parsed.to, ...base };
    return { preset: "month", ...base };
  }
  return { preset: parsed.period, ...(parsed.at ? { at: parsed.at } : {}), ...base };
}

/** The filters as a query string without "?"; the defaults are left out, so the plain page URL is the default view. */
export function dashboardQueryString(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  if (filters.preset !== "month") params.set("period", filters.preset);
  if (filters.preset === "custom") {
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
  } else if (filters.at) {
    params.set("at", filters.at);
  }
  for (const id of filters.segmentIds) params.append("segment", String(id));
  for (const source of filters.sources) params.append("source", source);
  return params.toString();
}

const utcDay = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/** The half-open period the filters select; `now` places the month, quarter or year when no `at` is given. */
export function resolvePeriod(filters: DashboardFilters, now: Date): Period {
  if (filters.preset === "custom" && filters.from && filters.to) {
    return customPeriod(utcDay(filters.from), addDays(utcDay(filters.to), 1));
  }
  const anchor = filters.at ? utcDay(filters.at) : now;
  const year = anchor.getUTCFullYear();
  const month = anchor.getUTCMonth() + 1;
  if (filters.preset === "year") return yearPeriod(year);
  if (filters.preset === "quarter") return quarterPeriod(year, Math.ceil(month / 3));
  return monthPeriod(year, month);
}

/** What the metrics are known as of: the period's end once it is over, otherwise now. */
export function asOfFor(period: Period, now: Date): Date {
  return period.end.getTime() < now.getTime() ? period.end : now;
}

export function toMetricFilters(filters: DashboardFilters): MetricFilters {
  return {
    ...(filters.segmentIds.length ? { segmentIds: filters.segmentIds } : {}),
    ...(filters.sources.length ? { sources: filters.sources } : {}),
  };
}
