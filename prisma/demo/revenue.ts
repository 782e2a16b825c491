import type { AccountState } from "./account";
import { addMonths, monthStart } from "./calendar";
import type { Sim } from "./setup";

/**
 * One MonthlyRevenue row per month of the window in which the account pays: the recurring
 * revenue in force at the end of the month (or at the end of the history, for its last
 * month). Months without revenue, such as those after churn, have no row.
 */
export function emitRevenue(sim: Sim, acct: AccountState): void {
  if (acct.mrr.length === 0) return;
  const { start, end } = sim.setup.window;
  const changes = [...acct.mrr].sort((a, b) => a.at - b.at);
  let next = 0;
  let level = 0;
  for (let month = monthStart(start); month < end; month = addMonths(month, 1)) {
    const cutoff = Math.min(addMonths(month, 1), end);
    while (next < changes.length && changes[next]!.at < cutoff) level += changes[next++]!.delta;
    if (level > 0) sim.out.monthlyRevenue.push({ accountId: acct.id, month, mrrMinor: level, currency: "EUR" });
  }
}
