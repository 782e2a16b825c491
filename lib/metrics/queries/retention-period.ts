import { Prisma } from "@/generated/prisma/client";
import { addMonths, customPeriod, monthsOf, startOfMonth, type Period } from "@/lib/metrics/period";

// The SQL form of lib/metrics/period.ts for the revenue queries: instants travel as ISO
// strings and months as `YYYY-MM-DD`, so neither the driver's date handling nor the
// session's time zone can move a boundary.

/** `[start, end)` of a period as timestamptz parameters. */
export function periodBounds(period: Period): { start: Prisma.Sql; end: Prisma.Sql } {
  return { start: instant(period.start), end: instant(period.end) };
}

/** An instant as a timestamptz parameter. */
export function instant(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString()}::timestamptz`;
}

/** The UTC calendar day of `date` as a date parameter (for `date` columns such as MonthlyRevenue.month). */
export function sqlDate(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString().slice(0, 10)}::date`;
}

/** A `date` column as the instant its day starts in UTC, to compare with a period's bounds. */
export function dayStart(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${column}::timestamp AT TIME ZONE 'UTC')`;
}

/**
 * The part of P whose months have started by `asOf`: a month that has not begun has no
 * revenue yet, and counting it would show every customer as churned. Null when no month of P
 * has started (or P holds no month start).
 */
export function observedPeriod(period: Period, asOf: Date): Period | null {
  const end = Math.min(period.end.getTime(), addMonths(startOfMonth(new Date(asOf.getTime() - 1)), 1).getTime());
  if (end <= period.start.getTime()) return null;
  const observed = customPeriod(period.start, new Date(end));
  return monthsOf(observed).length > 0 ? observed : null;
}

/** First and last month start of a period that holds at least one. */
export function monthRange(period: Period): { first: Date; last: Date } {
  const months = monthsOf(period);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) throw new RangeError("the period holds no month start");
  return { first, last };
}
