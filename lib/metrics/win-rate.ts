import { ratio, type Ratio } from "./ratio";

/** Deals closed in the period, by outcome (GROUP BY status over deals with closedAt in P). */
export interface ClosedDeals {
  won: number;
  lost: number;
}

/** Win rate: won ÷ (won + lost) among deals closed in P; open deals are excluded. */
export function winRate(closed: ClosedDeals): Ratio {
  return ratio(closed.won, closed.won + closed.lost);
}
