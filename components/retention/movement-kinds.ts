import type { ChartTone } from "@/components/charts/chart-tones";
import { REPORTING_CURRENCY } from "@/components/funnel/format";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { WaterfallStep } from "@/lib/metrics/mrr-period-bridge";

export type StepKind = WaterfallStep["kind"];

/** The movements of a month's bridge, in the order the bridge adds them up. */
export const MOVEMENTS = ["NEW", "EXPANSION", "REACTIVATION", "CONTRACTION", "CHURN"] as const;

export const STEP_TONE: Record<StepKind, ChartTone> = {
  STARTING: "total",
  NEW: "new",
  EXPANSION: "expansion",
  REACTIVATION: "reactivation",
  CONTRACTION: "contraction",
  CHURN: "churn",
  ENDING: "total",
};

/** Which way a step moves MRR: up, down, or a total. */
export const STEP_SIGN: Record<StepKind, 1 | -1 | 0> = {
  STARTING: 0,
  NEW: 1,
  EXPANSION: 1,
  REACTIVATION: 1,
  CONTRACTION: -1,
  CHURN: -1,
  ENDING: 0,
};

// Recurring revenue reads in whole euros on the page (the CSV keeps the cents). A movement
// has its direction written out, so it never rests on colour: "+€1,200", "−€300".
/** MRR in whole units of the reporting currency; `signed` writes "+" before a gain (a loss always has its "−"), none before 0. */
export function mrrText(amountMinor: number, locale: Locale, signed = false): string {
  const text = formatMoney(Math.abs(amountMinor), REPORTING_CURRENCY, locale, 0);
  if (text === formatMoney(0, REPORTING_CURRENCY, locale, 0)) return text;
  if (amountMinor < 0) return `−${text}`;
  return signed ? `+${text}` : text;
}
