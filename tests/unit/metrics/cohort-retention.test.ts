import { describe, expect, it } from "vitest";
import { cohortRetention, type CohortMonth } from "@/lib/metrics/cohort-retention";
import { quarterPeriod } from "@/lib/metrics/period";
import { month } from "./retention-fixture";

const rows: CohortMonth[] = [
  { cohortMonth: month("2026-01"), month: month("2026-01"), customers: 4, mrrMinor: 400 },
  { cohortMonth: month("2026-01"), month: month("2026-02"), customers: 3, mrrMinor: 420 },
  { cohortMonth: month("2026-01"), month: month("2026-03"), customers: 2, mrrMinor: 300 },
  { cohortMonth: month("2026-02"), month: month("2026-02"), customers: 2, mrrMinor: 200 },
  { cohortMonth: month("2026-02"), month: month("2026-04"), customers: 1, mrrMinor: 90 },
];

describe("cohortRetention", () => {
  it("builds the triangle up to as-of, zero-filled", () => {
    const triangle = cohortRetention(rows, quarterPeriod(2026, 1), month("2026-04"));
    expect(
      triangle.map((row) => ({
        cohort: row.cohortMonth.toISOString().slice(0, 7),
        size: row.customers,
        cells: row.cells.map((cell) => [cell.customers, cell.mrrMinor, cell.logoRetention, cell.revenueRetention]),
      })),
    ).toEqual([
      {
        cohort: "2026-01",
        size: 4,
        cells: [
          [4, 400, 1, 1],
          [3, 420, 0.75, 1.05], // 3 ÷ 4; 420 ÷ 400: net of the cohort's expansion
          [2, 300, 0.5, 0.75],
        ],
      },
      {
        cohort: "2026-02",
        size: 2,
        cells: [
          [2, 200, 1, 1],
          [0, 0, 0, 0], // nobody paid in March: 0, not missing
        ],
      },
      { cohort: "2026-03", size: 0, cells: [[0, 0, null, null]] }, // no new customers: no data
    ]);
  });

  it.each([
    // As of 15 March, March has begun: three columns for January.
    ["2026-03-15T00:00:00.000Z", [3, 2, 1]],
    // As of 1 March, March has not: two columns, and no March cohort.
    ["2026-03-01T00:00:00.000Z", [2, 1]],
    // Later as-of: the February cohort's April cell appears, its March cell zero-filled.
    ["2026-05-01T00:00:00.000Z", [4, 3, 2]],
  ])("as of %s the rows have %j cells", (asOf, lengths) => {
    const triangle = cohortRetention(rows, quarterPeriod(2026, 1), new Date(asOf));
    expect(triangle.map((row) => row.cells.length)).toEqual(lengths);
  });

  it("counts a returning member again from its return", () => {
    const triangle = cohortRetention(rows, quarterPeriod(2026, 1), month("2026-05"));
    expect(triangle[1]?.cells.map((cell) => cell.logoRetention)).toEqual([1, 0, 0.5]);
  });
});
