import { describe, expect, it } from "vitest";
import { quarterOptions, yearOptions } from "@/components/dashboard/period-options";

describe("quarterOptions", () => {
  it("offers the last eight quarters, newest first", () => {
    const options = quarterOptions("2026-11-22", "2026-10-01");
    expect(options.map((option) => option.at)).toEqual([
      "2026-10-01", "2026-07-01", "2026-04-01", "2026-01-01", "2025-10-01", "2025-07-01", "2025-04-01", "2025-01-01",
    ]);
    expect(options[0]).toEqual({ at: "2026-10-01", quarter: 4, year: 2026 });
  });

  it("adds an older quarter that a link shows, so the picker names it (a bug: it showed the newest instead)", () => {
    const options = quarterOptions("2026-11-22", "2023-05-01");
    expect(options).toHaveLength(9);
    expect(options.at(-1)).toEqual({ at: "2023-04-01", quarter: 2, year: 2023 });
  });
});

describe("yearOptions", () => {
  it("offers the last five years and an older shown one", () => {
    expect(yearOptions("2026-11-22", "2026-01-01")).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearOptions("2026-11-22", "2019-01-01")).toEqual([2026, 2025, 2024, 2023, 2022, 2019]);
  });
});
