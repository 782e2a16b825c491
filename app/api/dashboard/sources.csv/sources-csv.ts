import { toCsv } from "@/lib/csv/write";
import { REPORTING_CURRENCY } from "@/components/funnel/format";
import type { SourceAttributionMetrics } from "@/lib/metrics/queries/sources-attribution";
import type { SourceFactoryMetrics } from "@/lib/metrics/queries/sources-factory";
import type { SourceAttributionRow } from "@/lib/metrics/source-attribution";
import type { FactoryLine } from "@/lib/metrics/source-factory";

// Codes, not labels: the source's enum value, ALL for the total and NONE for deals without touches.
const ALL = "ALL";
const NONE = "NONE";

export const FACTORY_CSV_HEADER = [
  "source",
  "period_start",
  "period_end",
  "as_of",
  "leads",
  "mqls",
  "mql_rate",
  "accepted",
  "accepted_rate",
  "meetings",
  "meeting_rate",
  "offers",
  "offer_rate",
  "won",
  "won_rate",
  "lead_to_won",
] as const;

/**
 * The factory per source and in total, unformatted: counts as integers, each step's rate
 * (its share of the previous step) and the lead-to-won yield as decimals, empty when undefined.
 */
export function factoryCsv(factory: SourceFactoryMetrics): string {
  const row = (line: FactoryLine) => [
    line.source ?? ALL,
    factory.period.start,
    factory.period.end,
    factory.asOf,
    ...line.steps.flatMap((figure) => (figure.step === "leads" ? [figure.count] : [figure.count, figure.conversion])),
    line.leadToWon,
  ];
  return toCsv(FACTORY_CSV_HEADER, [...factory.sources.map(row), row(factory.total)]);
}

export const ATTRIBUTION_CSV_HEADER = [
  "source",
  "model",
  "period_start",
  "period_end",
  "won_credited_deals",
  "won_deals",
  "won_credited_amount_minor",
  "lost_credited_deals",
  "lost_deals",
  "lost_credited_amount_minor",
  "currency",
] as const;

/**
 * Attribution per source and in total, unformatted: credited deals as decimals, deal counts as
 * integers, credited amounts in minor units (cents) with the currency in its own column.
 */
export function attributionCsv(attribution: SourceAttributionMetrics): string {
  const row = (credit: SourceAttributionRow, source: string) => [
    source,
    attribution.model,
    attribution.period.start,
    attribution.period.end,
    credit.won.credit,
    credit.won.deals,
    credit.won.amountMinor,
    credit.lost.credit,
    credit.lost.deals,
    credit.lost.amountMinor,
    REPORTING_CURRENCY,
  ];
  return toCsv(ATTRIBUTION_CSV_HEADER, [...attribution.sources.map((credit) => row(credit, credit.source ?? NONE)), row(attribution.total, ALL)]);
}
