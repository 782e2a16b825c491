// Periods are half-open [start, end) in UTC. Calendar maths is done on UTC fields only, so
// the server's time zone never changes which month a record falls in.

/** A half-open time range [start, end). */
export interface Period {
  readonly start: Date;
  readonly end: Date;
}

const DAY_MS = 86_400_000;

function checkDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/** A custom period [start, end); throws when end is not after start. */
export function customPeriod(start: Date, end: Date): Period {
  checkDate(start, "start");
  checkDate(end, "end");
  if (end.getTime() <= start.getTime()) throw new RangeError("a period must end after it starts");
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** The calendar month `month` (1–12) of `year`. */
export function monthPeriod(year: number, month: number): Period {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError("month must be 1–12");
  return customPeriod(new Date(Date.UTC(year, month - 1, 1)), new Date(Date.UTC(year, month, 1)));
}

/** The calendar quarter `quarter` (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: number): Period {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError("quarter must be 1–4");
  const firstMonth = (quarter - 1) * 3;
  return customPeriod(new Date(Date.UTC(year, firstMonth, 1)), new Date(Date.UTC(year, firstMonth + 3, 1)));
}

/** The calendar year `year`. */
export function yearPeriod(year: number): Period {
  return customPeriod(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)));
}

/** The first instant of the UTC month that contains `date`. */
export function startOfMonth(date: Date): Date {
  checkDate(date, "date");
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The calendar month that contains `date`. */
export function monthContaining(date: Date): Period {
  const start = startOfMonth(date);
  return { start, end: addMonths(start, 1) };
}

/** Whether `date` is the first instant of a UTC month. */
export function isMonthStart(date: Date): boolean {
  return startOfMonth(date).getTime() === date.getTime();
}

/** `months` calendar months after the month start `monthStart` (negative goes back). */
export function addMonths(monthStart: Date, months: number): Date {
  const start = startOfMonth(monthStart);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
}

/** `days` whole days of 24 hours after `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months from the month of `from` to the month of `to` (Jan → Mar is 2). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}

/** Whether `date` lies in [start, end). */
export function periodContains(period: Period, date: Date): boolean {
  const time = date.getTime();
  return time >= period.start.getTime() && time < period.end.getTime();
}

/** The period's length in days (fractional for custom periods). */
export function periodDays(period: Period): number {
  return (period.end.getTime() - period.start.getTime()) / DAY_MS;
}

/** The month starts whose first instant lies in the period, in order. */
export function monthsOf(period: Period): Date[] {
  const months: Date[] = [];
  let month = startOfMonth(period.start);
  if (month.getTime() < period.start.getTime()) month = addMonths(month, 1);
  while (month.getTime() < period.end.getTime()) {
    months.push(month);
    month = addMonths(month, 1);
  }
  return months;
}

// "Same length" is calendar length for whole-month periods (March → February, Q1 → the
// previous Q4, a year → the previous year) although months differ in days; any other
// period steps back by its exact duration.
/** The period of the same length that ends where this one starts. */
export function previousPeriod(period: Period): Period {
  if (isMonthStart(period.start) && isMonthStart(period.end)) {
    const months = monthsBetween(period.start, period.end);
    return { start: addMonths(period.start, -months), end: new Date(period.start.getTime()) };
  }
  const duration = period.end.getTime() - period.start.getTime();
  return { start: new Date(period.start.getTime() - duration), end: new Date(period.start.getTime()) };
}
