import { describe, expect, it } from "vitest";
import {
  asOfFor,
  dashboardQueryString,
  DEFAULT_DASHBOARD_FILTERS,
  parseDashboardFilters,
  resolvePeriod,
  toMetricFilters,
  type DashboardFilters,
} from "@/lib/validation/dashboard-filters";

const NOW = new Date("2025-05-14T10:30:00.000Z");
const iso = (date: Date) => date.toISOString();

describe("parseDashboardFilters defaults", () => {
  it("an empty URL is the current month with no filters", () => {
    expect(parseDashboardFilters({})).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(parseDashboardFilters(new URLSearchParams(""))).toEqual(DEFAULT_DASHBOARD_FILTERS);
  });

  it("reads every field", () => {
    expect(
      parseDashboardFilters({ period: "quarter", at: "2024-11-02", segment: ["3", "1"], source: ["WEBINAR", "WEB"] }),
    ).toEqual({ preset: "quarter", at: "2024-11-02", segmentIds: [1, 3], sources: ["WEB", "WEBINAR"] });
  });

  it("accepts comma-separated lists as well as repeated keys", () => {
    expect(parseDashboardFilters(new URLSearchParams("segment=2,5&segment=2&source=PARTNER,REFERRAL"))).toEqual({
      preset: "month",
      segmentIds: [2, 5],
      sources: ["REFERRAL", "PARTNER"],
    });
  });
});

describe("parseDashboardFilters bad input falls back", () => {
  it.each<[string, Record<string, string | string[]>, DashboardFilters]>([
    ["unknown preset", { period: "decade" }, DEFAULT_DASHBOARD_FILTERS],
    ["impossible date", { period: "month", at: "2025-02-30" }, DEFAULT_DASHBOARD_FILTERS],
    ["not a date", { period: "year", at: "yesterday" }, { ...DEFAULT_DASHBOARD_FILTERS, preset: "year" }],
    ["custom without an end", { period: "custom", from: "2025-01-01" }, DEFAULT_DASHBOARD_FILTERS],
    ["custom ending before it starts", { period: "custom", from: "2025-02-01", to: "2025-01-01" }, DEFAULT_DASHBOARD_FILTERS],
    ["bad segment ids dropped", { segment: ["x", "-1", "0", "1.5", "7", "99999999999"] }, { ...DEFAULT_DASHBOARD_FILTERS, segmentIds: [7] }],
    ["unknown sources dropped", { source: ["web", "FAX", "TRADE_FAIR"] }, { ...DEFAULT_DASHBOARD_FILTERS, sources: ["TRADE_FAIR"] }],
    ["repeated preset: the first counts", { period: ["year", "month"] }, { ...DEFAULT_DASHBOARD_FILTERS, preset: "year" }],
  ])("%s", (_name, input, expected) => {
    expect(parseDashboardFilters(input)).toEqual(expected);
  });

  it("ignores from/to outside a custom period and at inside one", () => {
    expect(parseDashboardFilters({ period: "month", from: "2025-01-01", to: "2025-01-31" })).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(parseDashboardFilters({ period: "custom", at: "2025-01-05", from: "2025-01-01", to: "2025-01-31" })).toEqual({
      ...DEFAULT_DASHBOARD_FILTERS,
      preset: "custom",
      from: "2025-01-01",
      to: "2025-01-31",
    });
  });
});

describe("query string round trip", () => {
  it.each<DashboardFilters>([
    DEFAULT_DASHBOARD_FILTERS,
    { preset: "quarter", segmentIds: [], sources: [] },
    { preset: "year", at: "2023-06-01", segmentIds: [4], sources: ["WEB"] },
    { preset: "month", at: "2025-02-10", segmentIds: [1, 2, 3], sources: ["DOWNLOAD", "MAILING_LIST", "PARTNER"] },
    { preset: "custom", from: "2025-01-15", to: "2025-03-14", segmentIds: [2], sources: [] },
  ])("%j", (filters) => {
    expect(parseDashboardFilters(new URLSearchParams(dashboardQueryString(filters)))).toEqual(filters);
  });

  it("leaves the defaults out so the plain URL is the default view", () => {
    expect(dashboardQueryString(DEFAULT_DASHBOARD_FILTERS)).toBe("");
    expect(dashboardQueryString({ preset: "custom", from: "2025-01-01", to: "2025-01-31", segmentIds: [2, 3], sources: ["WEB"] })).toBe(
      "period=custom&from=2025-01-01&to=2025-01-31&segment=2&segment=3&source=WEB",
    );
  });
});

describe("resolvePeriod and asOfFor", () => {
  it.each<[string, DashboardFilters, string, string]>([
    ["this month", DEFAULT_DASHBOARD_FILTERS, "2025-05-01", "2025-06-01"],
    ["this quarter", { ...DEFAULT_DASHBOARD_FILTERS, preset: "quarter" }, "2025-04-01", "2025-07-01"],
    ["this year", { ...DEFAULT_DASHBOARD_FILTERS, preset: "year" }, "2025-01-01", "2026-01-01"],
    ["the month of at", { ...DEFAULT_DASHBOARD_FILTERS, at: "2024-02-29" }, "2024-02-01", "2024-03-01"],
    ["the quarter of at", { ...DEFAULT_DASHBOARD_FILTERS, preset: "quarter", at: "2024-12-31" }, "2024-10-01", "2025-01-01"],
    ["custom, both days included", { ...DEFAULT_DASHBOARD_FILTERS, preset: "custom", from: "2025-01-15", to: "2025-01-15" }, "2025-01-15", "2025-01-16"],
  ])("%s", (_name, filters, start, end) => {
    const period = resolvePeriod(filters, NOW);
    expect([iso(period.start), iso(period.end)]).toEqual([`${start}T00:00:00.000Z`, `${end}T00:00:00.000Z`]);
  });

  it("is as of now in a current period and as of the end in a past one", () => {
    expect(asOfFor(resolvePeriod(DEFAULT_DASHBOARD_FILTERS, NOW), NOW)).toEqual(NOW);
    const past = resolvePeriod({ ...DEFAULT_DASHBOARD_FILTERS, at: "2025-03-03" }, NOW);
    expect(asOfFor(past, NOW)).toEqual(new Date("2025-04-01T00:00:00.000Z"));
  });

  it("maps to metric filters, leaving empty lists out", () => {
    expect(toMetricFilters(DEFAULT_DASHBOARD_FILTERS)).toEqual({});
    expect(toMetricFilters({ ...DEFAULT_DASHBOARD_FILTERS, segmentIds: [1], sources: ["WEB"] })).toEqual({ segmentIds: [1], sources: ["WEB"] });
  });
});
