import type { Random } from "./random";

/** Epoch milliseconds, UTC. The generator keeps every time as a number until it is written. */
export type Ms = number;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;

/**
 * The simulated history: two years ending at `end`, plus an `origin` years earlier from
 * which the customers that were already customers when the window opened were won.
 */
export type HistoryWindow = { origin: Ms; start: Ms; end: Ms };

export function historyWindow(endDate: Date): HistoryWindow {
  const end = endDate.getTime();
  if (!Number.isFinite(end)) throw new Error("endDate is not a valid date");
  const start = addMonths(end, -24);
  return { origin: addMonths(start, -72), start, end };
}

/** The default end of the history: the start of the current UTC day (for the CLI to pass in). */
export function defaultEndDate(now: Date): Date {
  return new Date(startOfUtcDay(now.getTime()));
}

export function startOfUtcDay(t: Ms): Ms {
  return t - (((t % DAY) + DAY) % DAY);
}

export function monthStart(t: Ms): Ms {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function addMonths(t: Ms, months: number): Ms {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) + (t - startOfUtcDay(t));
}

export function yearStart(t: Ms): Ms {
  return Date.UTC(new Date(t).getUTCFullYear(), 0, 1);
}

/** The first day of every month that overlaps [from, to). */
export function monthsBetween(from: Ms, to: Ms): Ms[] {
  const months: Ms[] = [];
  for (let m = monthStart(from); m < to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * Relative B2B demand per calendar month in the Nordics: the Finnish summer holiday empties
 * July, December stops for Christmas, while autumn and Q1 are the busy seasons.
 */
export const MONTH_DEMAND = [1.15, 1.2, 1.2, 1.05, 1.0, 0.8, 0.35, 0.85, 1.25, 1.3, 1.2, 0.6] as const;

/** Year-on-year growth of the demo company's demand. */
const ANNUAL_GROWTH = 1.2;
const WEEKEND_DEMAND = 0.25;

/**
 * Demand over time at day resolution (season × growth × weekday), sampled by inverse CDF so
 * that stratified draws (`quantile((i + u) / n)`) give record times that follow the curve
 * with little noise and grow with the record index.
 */
export class DemandCurve {
  private readonly from: Ms;
  private readonly days: number;
  private readonly cumulative: Float64Array;

  constructor(from: Ms, to: Ms, growthAnchor: Ms) {
    this.from = startOfUtcDay(from);
    this.days = Math.max(1, Math.ceil((to - this.from) / DAY));
    this.cumulative = new Float64Array(this.days + 1);
    const rate = Math.log(ANNUAL_GROWTH) / YEAR;
    for (let i = 0; i < this.days; i++) {
      const day = this.from + i * DAY;
      const date = new Date(day);
      const weekday = date.getUTCDay();
      const weight =
        MONTH_DEMAND[date.getUTCMonth()]! *
        Math.exp(rate * (day - growthAnchor)) *
        (weekday === 0 || weekday === 6 ? WEEKEND_DEMAND : 1);
      this.cumulative[i + 1] = this.cumulative[i]! + weight;
    }
  }

  /** The time below which a share `u` of the demand between `from` and `to` falls. */
  quantile(u: number, rng: Random): Ms {
    const target = Math.min(Math.max(u, 0), 1) * this.cumulative[this.days]!;
    let lo = 0;
    let hi = this.days;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= target) lo = mid;
      else hi = mid;
    }
    return this.from + lo * DAY + timeOfDay(rng);
  }

  /** A time between `a` and `b` drawn along the curve. */
  between(rng: Random, a: Ms, b: Ms): Ms {
    return this.within(rng.next(), a, b, rng);
  }

  /** The time below which a share `u` of the demand between `a` and `b` falls. */
  within(u: number, a: Ms, b: Ms, rng: Random): Ms {
    const lo = this.cdf(a);
    const hi = this.cdf(b);
    const t = this.quantile(lo + (hi - lo) * u, rng);
    return Math.min(Math.max(t, a), b - MINUTE);
  }

  /** Share of the demand before `t`. */
  cdf(t: Ms): number {
    const position = (t - this.from) / DAY;
    if (position <= 0) return 0;
    if (position >= this.days) return 1;
    const day = Math.floor(position);
    const within = this.cumulative[day]! + (this.cumulative[day + 1]! - this.cumulative[day]!) * (position - day);
    return within / this.cumulative[this.days]!;
  }
}

/** Mostly office hours in Finland (06–16 UTC), the rest spread over the day. */
function timeOfDay(rng: Random): Ms {
  return rng.chance(0.8) ? 6 * HOUR + rng.next() * 10 * HOUR : rng.next() * DAY;
}

/** The same moment moved to office hours on a weekday: people make calls and hold meetings then. */
export function workingTime(rng: Random, t: Ms): Ms {
  let day = startOfUtcDay(t);
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day += 2 * DAY;
  else if (weekday === 0) day += DAY;
  return day + 6 * HOUR + Math.floor(rng.next() * 10 * HOUR);
}

/**
 * Nudges a deal's close towards how deals really close: out of the July holidays, towards
 * quarter ends, and into a pre-Christmas spike when the budget year ends. Never earlier than
 * a week after the deal opened.
 */
export function shapeCloseTime(rng: Random, close: Ms, opened: Ms): Ms {
  const date = new Date(close);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  let shaped = close;
  if (month === 6 && rng.chance(0.7)) {
    shaped = close + rng.int(25, 50) * DAY;
  } else if ((month === 11 || (month === 0 && day <= 25)) && rng.chance(0.55)) {
    shaped = Date.UTC(month === 0 ? year - 1 : year, 11, rng.int(10, 22));
  } else if (month % 3 === 0 && day <= 20 && rng.chance(0.3)) {
    shaped = Date.UTC(year, month, 1) - rng.int(1, 7) * DAY;
  }
  if (shaped < opened + 7 * DAY) shaped = close;
  return workingTime(rng, shaped);
}
