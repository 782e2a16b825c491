import { divideHalfUp } from "./rounding";

/** Deals won in the period and their summed amount (annual contract value, minor units). */
export interface WonDeals {
  deals: number;
  amountMinor: number;
}

/** Average deal size: summed amount ÷ count of deals won in P, in minor units rounded half up; lost and open excluded. */
export function averageDealSize(won: WonDeals): number | null {
  return divideHalfUp(won.amountMinor, won.deals);
}
