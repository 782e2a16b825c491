import { describe, expect, it } from "vitest";
import { RETENTION_CSV, retentionCsv } from "@/app/api/dashboard/retention.csv/retention-csv";
import type { RetentionMetrics } from "@/lib/metrics/queries/retention";
import { RETENTION_CHARTS } from "@/lib/validation/retention-view";

const none = { starting: 0, new: 0, reactivated: 0, expanded: 0, contracted: 0, churned: 0, ending: 0 };

// One observed month: 2 customers paying 300 (minor units), one expands by 50.
const METRICS: RetentionMetrics = {
  period: { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" },
  asOf: "2026-02-01T00:00:00.000Z",
  observed: { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" },
  movements: [
    {
      month: "2026-01-01T00:00:00.000Z",
      startingMrrMinor: 300,
      newMinor: 0,
      expansionMinor: 50,
      reactivationMinor: 0,
      contractionMinor: 0,
      churnMinor: 0,
      netNewMinor: 50,
      endingMrrMinor: 350,
      customers: { ...none, starting: 2, expanded: 1, ending: 2 },
    },
  ],
  periodBridge: null,
  waterfall: [
    { kind: "STARTING", amountMinor: 300, accounts: 2, fromMinor: 0, toMinor: 300 },
    { kind: "EXPANSION", amountMinor: 50, accounts: 1, fromMinor: 300, toMinor: 350 },
    { kind: "ENDING", amountMinor: 350, accounts: 2, fromMinor: 0, toMinor: 350 },
  ],
  endingMrrMinor: 350,
  retentionByMonth: [{ month: "2026-01-01T00:00:00.000Z", grossRevenueRetention: 1, netRevenueRetention: 350 / 300, logoChurn: 0, expansionRate: 50 / 300 }],
  retention: {
    base: { customersAtStart: 2, startingMrrMinor: 300, expansionMinor: 50, contractionMinor: 0, churnMinor: 0, churnedCustomers: 0, expandedCustomers: 1, contractedCustomers: 0 },
    grossRevenueRetention: 1,
    netRevenueRetention: 350 / 300,
    logoChurn: 0,
    expansionRate: 50 / 300,
  },
  cohorts: [
    {
      cohortMonth: "2026-01-01T00:00:00.000Z",
      customers: 0,
      startingMrrMinor: 0,
      cells: [{ monthsSinceStart: 0, customers: 0, mrrMinor: 0, logoRetention: null, revenueRetention: null }],
    },
  ],
  timeToValue: {
    medianHours: 480,
    p75Hours: null,
    exits: 1,
    censored: 1,
    medianDays: 20,
    p75Days: null,
    accounts: 2,
    reachedAccounts: 1,
    notReachedAccounts: 1,
    histogram: [{ days: 20, exits: 1, censored: 1, accounts: 2, reachedAccounts: 1, notReachedAccounts: 1 }],
  },
  revenueByCustomerAge: [
    { month: "2026-01-01T00:00:00.000Z", newMrrMinor: 0, existingMrrMinor: 350, newCustomers: 0, existingCustomers: 2, newShare: 0 },
  ],
};

const lines = (csv: string) => csv.trimEnd().split("\r\n");

describe("retention CSV", () => {
  it.each(RETENTION_CHARTS)("%s has a cell under every column of its header", (chart) => {
    const [header, ...rows] = lines(retentionCsv(chart, METRICS));
    expect(header).toBe(RETENTION_CSV[chart].header.join(","));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(",")).toHaveLength(RETENTION_CSV[chart].header.length);
  });

  it("writes money in minor units with its currency, ratios as decimals and no data as empty", () => {
    expect(lines(retentionCsv("waterfall", METRICS))[2]).toBe(
      "EXPANSION,2026-01-01T00:00:00.000Z,2026-02-01T00:00:00.000Z,2026-02-01T00:00:00.000Z,EUR,50,1,300,350",
    );
    // The period row first (no month), then the month.
    expect(lines(retentionCsv("retention", METRICS)).slice(1).map((row) => row.split(",").slice(-3))).toEqual([
      ["1", String(350 / 300), String(50 / 300)],
      ["1", String(350 / 300), String(50 / 300)],
    ]);
    expect(lines(retentionCsv("cohorts", METRICS))[1]!.endsWith(",0,0,0,0,,")).toBe(true);
  });

  it("has no rows for a period not begun", () => {
    expect(lines(retentionCsv("retention", { ...METRICS, observed: null }))).toHaveLength(1);
  });
});
