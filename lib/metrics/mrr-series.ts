import { addMonths, monthsOf, startOfMonth, type Period } from "./period";
import type { MrrChange } from "./mrr-movements";

/** An account's MRR in a month (a MonthlyRevenue row); months without a row are 0. */
export interface MonthlyMrr {
  accountId: number;
  month: Date;
  mrrMinor: number;
}

// Bounded by customers × months, so building the pairs in memory is fine for a reference
// path and for small exports; the dashboards get the same pairs from a self-join in SQL.
/** Consecutive-month pairs for every month of P and every account with MRR in that month or the one before. */
export function mrrChangesFromSeries(rows: readonly MonthlyMrr[], period: Period): MrrChange[] {
  const byAccount = new Map<number, Map<number, number>>();
  const firstRevenue = new Map<number, number>();
  for (const row of rows) {
    const month = startOfMonth(row.month).getTime();
    const series = byAccount.get(row.accountId) ?? new Map<number, number>();
    series.set(month, (series.get(month) ?? 0) + row.mrrMinor);
    byAccount.set(row.accountId, series);
  }
  for (const [accountId, series] of byAccount) {
    for (const [month, mrr] of series) {
      const first = firstRevenue.get(accountId);
      if (mrr > 0 && (first === undefined || month < first)) firstRevenue.set(accountId, month);
    }
  }
  const accountIds = [...byAccount.keys()].sort((a, b) => a - b);
  const changes: MrrChange[] = [];
  for (const month of monthsOf(period)) {
    const previous = addMonths(month, -1).getTime();
    for (const accountId of accountIds) {
      const series = byAccount.get(accountId);
      const previousMrrMinor = series?.get(previous) ?? 0;
      const mrrMinor = series?.get(month.getTime()) ?? 0;
      if (previousMrrMinor <= 0 && mrrMinor <= 0) continue;
      const first = firstRevenue.get(accountId);
      changes.push({
        accountId,
        month,
        previousMrrMinor,
        mrrMinor,
        hadRevenueBefore: first !== undefined && first < month.getTime(),
      });
    }
  }
  return changes;
}
