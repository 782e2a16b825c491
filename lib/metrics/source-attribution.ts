import type { LeadSource } from "@/generated/prisma/enums";
import { attributeDeals, touchWeights, type AttributedDeal, type AttributionModel } from "./attribution";

/** A source's share of one outcome's deals: fractional credit, credited amount, and how many deals it shares in. */
export interface OutcomeCredit {
  /** Deals credited by the model, as fractions (each deal sums to 1). */
  credit: number;
  /** Amount credited, whole minor units. */
  amountMinor: number;
  /** Deals in which the source holds any share under the model: the records behind the credit. */
  deals: number;
}

/** One source's credit for won and for lost deals; source null holds deals with no touches. */
export interface SourceAttributionRow {
  source: LeadSource | null;
  won: OutcomeCredit;
  lost: OutcomeCredit;
}

export interface SourceAttribution {
  sources: SourceAttributionRow[];
  /** All deals: the credits add up to the deal counts and amounts. */
  total: SourceAttributionRow;
}

const empty = (): OutcomeCredit => ({ credit: 0, amountMinor: 0, deals: 0 });

/** Credited deals: per source, the won and lost deals in which the model gives it a share above 0; untouched deals to null. */
export function creditedDeals(deals: readonly AttributedDeal[], model: AttributionModel): Map<LeadSource | null, { won: number; lost: number }> {
  const counts = new Map<LeadSource | null, { won: number; lost: number }>();
  const count = (source: LeadSource | null, status: AttributedDeal["status"]) => {
    const entry = counts.get(source) ?? { won: 0, lost: 0 };
    if (status === "WON") entry.won++;
    else entry.lost++;
    counts.set(source, entry);
  };
  for (const deal of deals) {
    const weights = touchWeights(deal.touches, model);
    if (weights.length === 0) count(null, deal.status);
    const sources = new Set(deal.touches.filter((_, index) => (weights[index] ?? 0) > 0).map((touch) => touch.source));
    for (const source of sources) count(source, deal.status);
  }
  return counts;
}

/**
 * Attribution by source: attributeDeals' credit and amount beside the count of deals each
 * source shares in, for every source in `sources` (zero-filled) and any other credited,
 * most won credit first, the untouched deals last; plus the total over all deals.
 */
export function sourceAttribution(deals: readonly AttributedDeal[], model: AttributionModel, sources: readonly LeadSource[]): SourceAttribution {
  const credits = new Map(attributeDeals(deals, model).map((row) => [row.source, row]));
  const counts = creditedDeals(deals, model);
  // A source filter selects deals, not touches: a deal may still credit a source outside the list.
  const keys = new Set<LeadSource | null>([...sources, ...credits.keys()]);
  const rows = [...keys].map((source): SourceAttributionRow => {
    const credit = credits.get(source);
    const count = counts.get(source);
    return {
      source,
      won: { credit: credit?.won.deals ?? 0, amountMinor: credit?.won.amountMinor ?? 0, deals: count?.won ?? 0 },
      lost: { credit: credit?.lost.deals ?? 0, amountMinor: credit?.lost.amountMinor ?? 0, deals: count?.lost ?? 0 },
    };
  });
  rows.sort(
    (a, b) =>
      Number(a.source === null) - Number(b.source === null) ||
      b.won.credit - a.won.credit ||
      b.lost.credit - a.lost.credit ||
      String(a.source).localeCompare(String(b.source)),
  );
  const total = { source: null, won: empty(), lost: empty() };
  for (const deal of deals) {
    const outcome = deal.status === "WON" ? total.won : total.lost;
    outcome.credit++;
    outcome.deals++;
    outcome.amountMinor += deal.amountMinor;
  }
  return { sources: rows, total };
}
