import type { LeadSource } from "@/generated/prisma/enums";
import { allocateWhole } from "./rounding";

/** The ways a deal's credit can be spread over the touches on its path. */
export const ATTRIBUTION_MODELS = ["FIRST_TOUCH", "LAST_TOUCH", "LINEAR", "W_SHAPED"] as const;

/** How a deal's credit is spread over the touches on its path. */
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** One touch on a deal's path, in time order, with the roles the W-shaped model needs. */
export interface AttributionTouch {
  source: LeadSource;
  /** The touch that created the lead (the first marked one counts). */
  leadCreation?: boolean;
  /** The touch at which the opportunity (the deal) was opened (the first marked one counts). */
  opportunityCreation?: boolean;
}

/**
 * A closed deal and its ordered touches (bounded per deal: a query that caps the list keeps
 * the first touch, the role-marked ones and the last).
 */
export interface AttributedDeal {
  dealId: number;
  status: "WON" | "LOST";
  amountMinor: number;
  touches: readonly AttributionTouch[];
}

/** Credit to a source: deals as fractions (each deal sums to 1) and amounts in whole minor units. */
export interface CreditTotals {
  deals: number;
  amountMinor: number;
}

/** One source's credit for won and for lost deals; source null holds deals with no touches. */
export interface SourceCredit {
  source: LeadSource | null;
  won: CreditTotals;
  lost: CreditTotals;
}

// W-shaped shares in tenths: each key role holds 3, the other touches share 1.
const ROLE_PARTS = 3;
const REST_PARTS = 1;

function wShapedWeights(touches: readonly AttributionTouch[]): number[] {
  const parts = touches.map(() => 0);
  const keyTouches = [
    0,
    touches.findIndex((touch) => touch.leadCreation === true),
    touches.findIndex((touch) => touch.opportunityCreation === true),
  ].filter((index) => index >= 0);
  for (const index of keyTouches) parts[index] = (parts[index] ?? 0) + ROLE_PARTS;
  const rest = touches.map((_, index) => index).filter((index) => !keyTouches.includes(index));
  for (const index of rest) parts[index] = (parts[index] ?? 0) + REST_PARTS / rest.length;
  const total = parts.reduce((sum, part) => sum + part, 0);
  return parts.map((part) => part / total);
}

// W-shaped fallbacks, in the order they apply: a role held by a touch that already holds
// another role adds its 30 % to that touch (first touch = lead creation → 60 %); a role no
// touch is marked with assigns nothing; with no other touches the 10 % assigns nothing;
// what was assigned is then scaled to 100 %. So first/lead/opportunity with nothing between
// is ⅓ each, and first = lead creation plus an opportunity touch is ⅔ / ⅓.
/** Share of a deal's credit per touch (sums to 1): first, last, linear (equal), or W-shaped 30/30/30 + 10 over the rest. */
export function touchWeights(touches: readonly AttributionTouch[], model: AttributionModel): number[] {
  const count = touches.length;
  if (count === 0) return [];
  switch (model) {
    case "FIRST_TOUCH":
      return touches.map((_, index) => (index === 0 ? 1 : 0));
    case "LAST_TOUCH":
      return touches.map((_, index) => (index === count - 1 ? 1 : 0));
    case "LINEAR":
      return touches.map(() => 1 / count);
    case "W_SHAPED":
      return wShapedWeights(touches);
  }
}

const emptyCredit = (source: LeadSource | null): SourceCredit => ({
  source,
  won: { deals: 0, amountMinor: 0 },
  lost: { deals: 0, amountMinor: 0 },
});

// Amounts are split per deal by the largest-remainder method, so every deal's credited
// amount adds up to its real amount to the minor unit; deal counts stay fractional.
/** Attribution: each won and lost deal's count and amount credited to its touches' sources by the model; untouched deals to null. */
export function attributeDeals(deals: readonly AttributedDeal[], model: AttributionModel): SourceCredit[] {
  const bySource = new Map<LeadSource | null, SourceCredit>();
  const credit = (source: LeadSource | null, status: AttributedDeal["status"], share: number, amount: number) => {
    const entry = bySource.get(source) ?? emptyCredit(source);
    const totals = status === "WON" ? entry.won : entry.lost;
    totals.deals += share;
    totals.amountMinor += amount;
    bySource.set(source, entry);
  };
  for (const deal of deals) {
    const weights = touchWeights(deal.touches, model);
    if (weights.length === 0) {
      credit(null, deal.status, 1, deal.amountMinor);
      continue;
    }
    const amounts = allocateWhole(deal.amountMinor, weights);
    deal.touches.forEach((touch, index) => {
      const weight = weights[index] ?? 0;
      if (weight > 0) credit(touch.source, deal.status, weight, amounts[index] ?? 0);
    });
  }
  return [...bySource.values()].sort((a, b) =>
    a.source === b.source ? 0 : a.source === null ? 1 : b.source === null ? -1 : a.source.localeCompare(b.source),
  );
}
