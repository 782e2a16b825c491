import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  customPeriod,
  isMonthStart,
  monthContaining,
  monthPeriod,
  monthsBetween,
  monthsOf,
  periodContains,
  periodDays,
  previousPeriod,
  quarterPeriod,
  startOfMonth,
  yearPeriod,
  type Period,
} from "@/lib/metrics/period";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const show = (period: Period) => [period.start.toISOString(), period.end.toISOString()];

describe("calendar periods", () => {
  it.each([
    ["March 2026", monthPeriod(2026, 3), ["2026-03-01", "2026-04-01"], 31],
    ["February 2028 (leap)", monthPeriod(2028, 2), ["2028-02-01", "2028-03-01"], 29],
    ["December 2026", monthPeriod(2026, 12), ["2026-12-01", "2027-01-01"], 31],
    ["Q1 2026", quarterPeriod(2026, 1), ["2026-01-01", "2026-04-01"], 90],
    ["Q4 2026", quarterPeriod(2026, 4), ["2026-10-01", "2027-01-01"], 92],
    ["2028", yearPeriod(2028), ["2028-01-01", "2029-01-01"], 366],
  ])("%s", (_, period, [start, end], days) => {
    expect(show(period)).toEqual([utc(start!).toISOString(), utc(end!).toISOString()]);
    expect(periodDays(period)).toBe(days);
  });

  it.each([
    () => monthPeriod(2026, 0),
    () => monthPeriod(2026, 13),
    () => quarterPeriod(2026, 5),
    () => customPeriod(utc("2026-01-02"), utc("2026-01-01")),
    () => customPeriod(utc("2026-01-01"), utc("2026-01-01")),
    () => customPeriod(new Date(Number.NaN), utc("2026-01-01")),
  ])("rejects an impossible period (%#)", (make) => {
    expect(make).toThrow(RangeError);
  });
});

describe("previousPeriod", () => {
  it.each([
    ["March → February", monthPeriod(2026, 3), monthPeriod(2026, 2)],
    ["January → December of the year before", monthPeriod(2026, 1), monthPeriod(2025, 12)],
    ["Q1 → Q4 of the year before", quarterPeriod(2026, 1), quarterPeriod(2025, 4)],
    ["a year → the year before", yearPeriod(2026), yearPeriod(2025)],
    [
      "a custom 10-day period → the 10 days before it",
      customPeriod(utc("2026-03-11"), utc("2026-03-21")),
      customPeriod(utc("2026-03-01"), utc("2026-03-11")),
    ],
    [
      "a custom period across months that is not whole months → its exact duration",
      customPeriod(utc("2026-03-15"), utc("2026-04-01")),
      customPeriod(utc("2026-02-26"), utc("2026-03-15")),
    ],
  ])("%s", (_, period, expected) => {
    expect(show(previousPeriod(period))).toEqual(show(expected));
  });
});

describe("month helpers", () => {
  it("finds the month of an instant in UTC, whatever the local time zone", () => {
    const lastInstant = new Date("2026-03-31T23:59:59.999Z");
    expect(startOfMonth(lastInstant).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(show(monthContaining(lastInstant))).toEqual(show(monthPeriod(2026, 3)));
    expect(isMonthStart(utc("2026-03-01"))).toBe(true);
    expect(isMonthStart(new Date("2026-03-01T00:00:00.001Z"))).toBe(false);
  });

  it.each([
    [utc("2026-01-01"), 1, "2026-02-01"],
    [utc("2026-01-01"), 12, "2027-01-01"],
    [utc("2026-01-01"), -1, "2025-12-01"],
    [utc("2026-01-31"), 1, "2026-02-01"],
  ])("addMonths(%s, %s) = %s", (date, months, expected) => {
    expect(addMonths(date, months).toISOString()).toBe(utc(expected).toISOString());
  });

  it.each([
    ["2026-01-15", "2026-03-01", 2],
    ["2025-11-01", "2026-02-01", 3],
    ["2026-03-01", "2026-03-31", 0],
    ["2026-03-01", "2026-01-01", -2],
  ])("months from %s to %s: %s", (from, to, expected) => {
    expect(monthsBetween(utc(from), utc(to))).toBe(expected);
  });

  it.each([
    ["a quarter", quarterPeriod(2026, 1), ["2026-01-01", "2026-02-01", "2026-03-01"]],
    ["a mid-month custom period", customPeriod(utc("2026-01-15"), utc("2026-03-15")), ["2026-02-01", "2026-03-01"]],
    ["less than a month with no first day", customPeriod(utc("2026-01-02"), utc("2026-01-30")), []],
  ])("monthsOf %s", (_, period, expected) => {
    expect(monthsOf(period).map((month) => month.toISOString())).toEqual(expected.map((d) => utc(d).toISOString()));
  });

  it("treats periods as half-open and adds whole days", () => {
    const march = monthPeriod(2026, 3);
    expect(periodContains(march, utc("2026-03-01"))).toBe(true);
    expect(periodContains(march, new Date("2026-03-31T23:59:59.999Z"))).toBe(true);
    expect(periodContains(march, utc("2026-04-01"))).toBe(false);
    expect(addDays(utc("2026-02-27"), 2).toISOString()).toBe(utc("2026-03-01").toISOString());
  });
});
