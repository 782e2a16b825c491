import type { LeadSource } from "@/generated/prisma/enums";
import { ratio, type Ratio } from "./ratio";

/**
 * The customer factory's steps for a lead cohort, raw material first: the leads, then the
 * end products they turn into (see lib/metrics/queries/sources-factory.ts for what each
 * step reads in the data).
 */
export const FACTORY_STEPS = ["leads", "mqls", "accepted", "meetings", "offers", "won"] as const;
export type FactoryStep = (typeof FACTORY_STEPS)[number];

/** One source's lead cohort counted at each factory step (GROUP BY the lead's source). */
export type SourceFactoryCounts = { source: LeadSource } & Record<FactoryStep, number>;

export interface FactoryStepFigure {
  step: FactoryStep;
  count: number;
  /** count ÷ the previous step's count; null for the leads and after an empty step. */
  conversion: Ratio;
}

/** One source's line through the factory; source null is all sources together. */
export interface FactoryLine {
  source: LeadSource | null;
  steps: FactoryStepFigure[];
  /** Won ÷ leads: the source's yield of won deals per lead. */
  leadToWon: Ratio;
}

export interface SourceFactory {
  sources: FactoryLine[];
  total: FactoryLine;
}

const zero = (source: LeadSource): SourceFactoryCounts => ({ source, leads: 0, mqls: 0, accepted: 0, meetings: 0, offers: 0, won: 0 });

function line(source: LeadSource | null, counts: Record<FactoryStep, number>): FactoryLine {
  return {
    source,
    steps: FACTORY_STEPS.map((step, index) => ({
      step,
      count: counts[step],
      conversion: index === 0 ? null : ratio(counts[step], counts[FACTORY_STEPS[index - 1]!]),
    })),
    leadToWon: ratio(counts.won, counts.leads),
  };
}

/**
 * Factory per source: each step's count, its conversion from the previous step and the
 * lead-to-won yield, for every source in `sources` (zero-filled), most leads first, plus the total.
 */
export function sourceFactory(rows: readonly SourceFactoryCounts[], sources: readonly LeadSource[]): SourceFactory {
  const bySource = new Map(sources.map((source) => [source, zero(source)]));
  for (const row of rows) {
    const entry = bySource.get(row.source);
    if (entry) for (const step of FACTORY_STEPS) entry[step] += row[step];
  }
  const counts = [...bySource.values()].sort((a, b) => b.leads - a.leads || a.source.localeCompare(b.source));
  const total = Object.fromEntries(FACTORY_STEPS.map((step) => [step, counts.reduce((sum, row) => sum + row[step], 0)]));
  return {
    sources: counts.map((row) => line(row.source, row)),
    total: line(null, total as Record<FactoryStep, number>),
  };
}
