import { averageDealSize, type WonDeals } from "../deal-size";
import type { Ratio } from "../ratio";
import { winRate, type ClosedDeals } from "../win-rate";
import type { QueryClient } from "./client";
import type { PeriodQuery } from "./query-options";
import { closedDeals } from "./sales-closed";

/** The hourglass's measured sale step: new-business deals closed in P, their win rate and average won size (the sales metrics' own figures). */
export interface DealOutcomes {
  closed: ClosedDeals;
  /** Won plus lost: the win rate's denominator. */
  closedCount: number;
  won: WonDeals;
  winRate: Ratio;
  /** Null when no deal was won in P. */
  averageDealSizeMinor: number | null;
}

/** Win rate and average deal size of the new-business deals closed in P, within the filters (one query). */
export async function loadDealOutcomes(client: QueryClient, { period, filters = {} }: PeriodQuery): Promise<DealOutcomes> {
  const { closed, won } = await closedDeals(client, period, "NEW", filters);
  return { closed, closedCount: closed.won + closed.lost, won, winRate: winRate(closed), averageDealSizeMinor: averageDealSize(won) };
}
