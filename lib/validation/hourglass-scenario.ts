import { z } from "zod";
import type { HourglassInputs, MeasuredHourglass } from "@/lib/metrics/hourglass";
import { divideHalfUp, roundHalfUp } from "@/lib/metrics/rounding";
import { first } from "./url-params";

/**
 * The hourglass what-if as it lives in the URL: whole visits and capacity a month (capacity
 * null = no limit), the two conversion rates in percent to one decimal, and the average deal
 * size in whole euros (the reporting currency).
 */
export interface HourglassScenario {
  visits: number;
  capacity: number | null;
  meetingRate: number;
  saleRate: number;
  dealSize: number;
}

/** The seeds' worked example: 1,000 visits a month, telemarketing handles 700, 5 % book a meeting, 15 % of meetings close. */
export const HOURGLASS_PRESET = { visits: 1_000, capacity: 700, meetingRate: 5, saleRate: 15 } as const;

/** The preset's deal size in euros, for filters under which no deal was won (none to average). */
export const PRESET_DEAL_SIZE = 10_000;

// Bounds keep revenue (sales × deal size in cents) far inside exact integer arithmetic.
export const MAX_MONTHLY_RECORDS = 1_000_000;
export const MAX_DEAL_SIZE = 10_000_000;

/** The URL parameters of a scenario; none is a dashboard filter's. */
export const SCENARIO_PARAMS = ["visits", "capacity", "meetingRate", "saleRate", "dealSize"] as const;

const NO_LIMIT = "none";

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** A number in [0, max] rounded to `decimals`, out-of-range values clamped, anything else the fallback. */
function bounded(max: number, decimals: number, fallback: number) {
  const scale = 10 ** decimals;
  return z.preprocess(
    (value) => (first(value) === "" ? undefined : first(value)),
    z.coerce
      .number()
      .refine(Number.isFinite)
      .transform((value) => roundHalfUp(clamp(value, max) * scale) / scale)
      .catch(fallback),
  );
}

function schema(dealSize: number) {
  return z.object({
    visits: bounded(MAX_MONTHLY_RECORDS, 0, HOURGLASS_PRESET.visits),
    capacity: z.union([z.preprocess(first, z.literal(NO_LIMIT)).transform(() => null), bounded(MAX_MONTHLY_RECORDS, 0, HOURGLASS_PRESET.capacity)]),
    meetingRate: bounded(100, 1, HOURGLASS_PRESET.meetingRate),
    saleRate: bounded(100, 1, HOURGLASS_PRESET.saleRate),
    dealSize: bounded(MAX_DEAL_SIZE, 0, dealSize),
  });
}

/**
 * The scenario in the URL. Every field falls back on its own: a missing or unreadable one to
 * the preset (the deal size to `dealSize`, the filters' own average), one out of range to
 * the nearest bound; it never throws.
 */
export function parseHourglassScenario(input: Record<string, unknown>, dealSize: number): HourglassScenario {
  return schema(dealSize).parse({
    visits: input.visits,
    capacity: input.capacity,
    meetingRate: input.meetingRate,
    saleRate: input.saleRate,
    dealSize: input.dealSize,
  });
}

/** The scenario as a query string without "?", every field written so a shared link means the same everywhere. */
export function hourglassQueryString(scenario: HourglassScenario): string {
  return new URLSearchParams({
    visits: String(scenario.visits),
    capacity: scenario.capacity === null ? NO_LIMIT : String(scenario.capacity),
    meetingRate: String(scenario.meetingRate),
    saleRate: String(scenario.saleRate),
    dealSize: String(scenario.dealSize),
  }).toString();
}

/** The preset with a given deal size. */
export function presetScenario(dealSize: number): HourglassScenario {
  return { ...HOURGLASS_PRESET, dealSize };
}

/** The default deal size in whole euros: the filters' average won deal, or the preset's when none was won. */
export function defaultDealSize(averageMinor: number | null): number {
  return averageMinor === null ? PRESET_DEAL_SIZE : clamp(divideHalfUp(averageMinor, 100) ?? 0, MAX_DEAL_SIZE);
}

const percent = (rate: number) => roundHalfUp(rate * 1_000) / 10;

/** A measured hourglass as a scenario: counts clamped, rates to the sliders' 0.1 %. */
export function measuredScenario(measured: MeasuredHourglass, dealSize: number): HourglassScenario {
  return {
    visits: clamp(measured.visits, MAX_MONTHLY_RECORDS),
    capacity: measured.capacity === null ? null : clamp(measured.capacity, MAX_MONTHLY_RECORDS),
    meetingRate: percent(measured.visitToMeeting),
    saleRate: percent(measured.meetingToSale),
    dealSize,
  };
}

/** What lib/metrics' hourglass takes: shares rather than percents, the deal size in cents. */
export function hourglassInputs(scenario: HourglassScenario): HourglassInputs {
  return {
    visits: scenario.visits,
    capacity: scenario.capacity,
    visitToMeeting: scenario.meetingRate / 100,
    meetingToSale: scenario.saleRate / 100,
    dealSizeMinor: scenario.dealSize * 100,
  };
}

/** 1, 2 or 5 × a power of ten, at least `value`. */
function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return [1, 2, 5, 10].map((step) => step * power).find((nice) => nice >= value) ?? 10 * power;
}

/**
 * The visits and capacity sliders' upper end: room for twice the largest measured count (at
 * least 2,000, so the preset sits well inside), extended to a larger value already chosen in
 * the URL. It depends on nothing a slider sets, so a slider never rescales under the pointer.
 */
export function countSliderMax(measured: readonly (number | null)[], chosen: readonly (number | null)[]): number {
  const known = (counts: readonly (number | null)[]) => counts.filter((count): count is number => count !== null);
  const room = niceCeil(Math.max(2_000, ...known(measured).map((count) => 2 * count)));
  return Math.min(MAX_MONTHLY_RECORDS, Math.max(room, ...known(chosen).map(niceCeil)));
}

/** The scenario parameters present in a URL, as they are, for links that change something else on the page. */
export function scenarioQueryOf(input: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const name of SCENARIO_PARAMS) for (const value of [input[name] ?? []].flat()) params.append(name, value);
  return params.toString();
}
