import { averageDealSize } from "@/lib/metrics/deal-size";
import type { Period } from "@/lib/metrics/period";
import { salesCycle, type SalesCycle } from "@/lib/metrics/sales-cycle";
import {
  DEFAULT_GROSS_MARGIN,
  segmentEconomics,
  type SegmentEconomics,
  type SegmentEconomicsInput,
} from "@/lib/metrics/unit-economics";
import type { QueryClient } from "./client";
import { revenueBySegment, newCustomersBySegment } from "./economics-customers";
import { segmentsInScope } from "./economics-segments";
import { spendBySegment } from "./economics-spend";
import type { MetricFilters } from "./filters";
import { observedPeriod } from "./retention-period";
import { closedDealsBySegment } from "./sales-closed";
import { cycleHistogram } from "./sales-cycle";

/** One segment's row of the economics table: the unit economics and the inputs behind them. */
export interface SegmentEconomicsRow extends SegmentEconomics {
  segmentKey: string;
  /** Null when an owner or team filter is set: spend has no owner. */
  salesSpendMinor: number | null;
  marketingSpendMinor: number | null;
  newCustomers: number;
  churnedCustomers: number;
  customerMonths: number;
  mrrMinor: number;
  payingCustomers: number;
  /** NEW deals won in P. */
  averageDealSizeMinor: number | null;
  salesCycle: SalesCycle;
}

/** The economics dashboard; instants as ISO strings. */
export interface EconomicsMetrics {
  period: { start: string; end: string };
  grossMargin: number;
  /** False when an owner or team filter is set: CAC, LTV:CAC and payback are then null. */
  spendAttributable: boolean;
  segments: SegmentEconomicsRow[];
}

/**
 * Unit economics per segment for P: CAC (sales + marketing spend ÷ accounts whose first NEW deal
 * was won in P), ARPA and customer count of P's last month, monthly logo churn over P, LTV,
 * LTV:CAC and CAC payback, with average deal size and sales cycle of NEW deals won in P. Revenue
 * figures cover the months of P begun by `asOf` (P's end unless given). Customers and revenue
 * are filtered by the account (segment, acquisition source, owner), deal size and cycle by the
 * deal as on the sales dashboard. Accounts without a segment are left out.
 */
export async function loadSegmentEconomics(
  client: QueryClient,
  options: { period: Period; filters: MetricFilters; asOf?: Date; grossMargin?: number },
): Promise<EconomicsMetrics> {
  const { period, filters, grossMargin = DEFAULT_GROSS_MARGIN } = options;
  const observed = observedPeriod(period, options.asOf ?? period.end);
  const spendAttributable = !(filters.ownerIds?.length || filters.teamIds?.length);
  const [segments, spend, customers, revenue, deals, cycles] = await Promise.all([
    segmentsInScope(client, filters),
    spendAttributable ? spendBySegment(client, period, filters) : [],
    newCustomersBySegment(client, period, filters),
    observed ? revenueBySegment(client, observed, filters) : [],
    closedDealsBySegment(client, period, "NEW", filters),
    cycleHistogram(client, period, "NEW", filters, true),
  ]);
  const inputs: SegmentEconomicsInput[] = segments.map(({ id }) => {
    const money = spend.find((row) => row.segmentId === id);
    const mrr = revenue.find((row) => row.segmentId === id);
    return {
      segmentId: id,
      salesSpendMinor: money?.salesSpendMinor ?? 0,
      marketingSpendMinor: money?.marketingSpendMinor ?? 0,
      newCustomers: customers.find((row) => row.segmentId === id)?.newCustomers ?? 0,
      churnedCustomers: mrr?.churnedCustomers ?? 0,
      customerMonths: mrr?.customerMonths ?? 0,
      mrrMinor: mrr?.mrrMinor ?? 0,
      payingCustomers: mrr?.payingCustomers ?? 0,
    };
  });
  const economics = segmentEconomics(inputs, grossMargin);
  return {
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    grossMargin,
    spendAttributable,
    segments: segments.map((segment, index) => {
      const input = inputs[index]!;
      const unit = economics[index]!;
      const won = deals.find((row) => row.segmentId === segment.id)?.won ?? { deals: 0, amountMinor: 0 };
      return {
        ...unit,
        ...(spendAttributable ? {} : { cacMinor: null, ltvToCac: null, paybackMonths: null }),
        segmentKey: segment.key,
        salesSpendMinor: spendAttributable ? input.salesSpendMinor : null,
        marketingSpendMinor: spendAttributable ? input.marketingSpendMinor : null,
        newCustomers: input.newCustomers,
        churnedCustomers: input.churnedCustomers,
        customerMonths: input.customerMonths,
        mrrMinor: input.mrrMinor,
        payingCustomers: input.payingCustomers,
        averageDealSizeMinor: averageDealSize(won),
        salesCycle: salesCycle(cycles.filter((bucket) => bucket.segmentId === segment.id)),
      };
    }),
  };
}
