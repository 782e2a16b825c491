import { ratio, type Ratio } from "./ratio";
import { roundHalfUp } from "./rounding";

/** Gross margin used for lifetime value when none is given. */
export const DEFAULT_GROSS_MARGIN = 0.8;

/** Sales and marketing spend in P (Spend rows) and customers won in P, for one segment. */
export interface AcquisitionInputs {
  salesSpendMinor: number;
  marketingSpendMinor: number;
  /** Accounts that became customers in P (first NEW deal won). */
  newCustomers: number;
}

// No spend on record means the cost is unknown, not nil: a CAC of 0 would flatter the segment.
/** Customer acquisition cost: (sales + marketing spend in P) ÷ new customers in P, minor units unrounded; null with no new customers or no spend recorded. */
export function acquisitionCost(inputs: AcquisitionInputs): Ratio {
  const spendMinor = inputs.salesSpendMinor + inputs.marketingSpendMinor;
  return spendMinor === 0 ? null : ratio(spendMinor, inputs.newCustomers);
}

/** ARPA: MRR of a month ÷ accounts paying in that month, minor units unrounded; null with no paying accounts. */
export function averageRevenuePerAccount(mrrMinor: number, payingCustomers: number): Ratio {
  return ratio(mrrMinor, payingCustomers);
}

/** Customer-months of P: churns of customers ÷ customers at risk, summed month by month. */
export interface ChurnExposure {
  /** Customers lost in P: accounts with an MRR > 0 → 0 movement in P, each counted once. */
  churnedCustomers: number;
  /** Σ over the months of P of the customers paying at the start of that month. */
  customerMonths: number;
}

// Pooling customer-months gives a monthly rate for a period of any length without
// averaging rates of months of very different size.
/** Monthly logo churn: customers churned in P ÷ customer-months at risk in P (= logo churn for a one-month P). */
export function monthlyLogoChurn(exposure: ChurnExposure): Ratio {
  return ratio(exposure.churnedCustomers, exposure.customerMonths);
}

/** Lifetime value: ARPA (monthly) × gross margin ÷ monthly logo churn, minor units unrounded; null when churn is 0 or unknown. */
export function lifetimeValue(arpaMinor: Ratio, monthlyChurn: Ratio, grossMargin = DEFAULT_GROSS_MARGIN): Ratio {
  if (arpaMinor === null) return null;
  return ratio(arpaMinor * grossMargin, monthlyChurn);
}

/** LTV:CAC: lifetime value ÷ acquisition cost; null when either is unknown or CAC is 0. */
export function ltvToCac(ltvMinor: Ratio, cacMinor: Ratio): Ratio {
  return ratio(ltvMinor, cacMinor);
}

/** CAC payback: months of gross-margin revenue to earn back CAC = CAC ÷ (ARPA × gross margin); null when unknown. */
export function cacPaybackMonths(cacMinor: Ratio, arpaMinor: Ratio, grossMargin = DEFAULT_GROSS_MARGIN): Ratio {
  if (arpaMinor === null) return null;
  return ratio(cacMinor, arpaMinor * grossMargin);
}

/** One segment's aggregates for P. */
export interface SegmentEconomicsInput extends AcquisitionInputs, ChurnExposure {
  segmentId: number;
  /** MRR and paying accounts in the last month of P: the ARPA basis. */
  mrrMinor: number;
  payingCustomers: number;
}

/** One segment's unit economics; money rounded half up to whole minor units, ratios from unrounded values. */
export interface SegmentEconomics {
  segmentId: number;
  cacMinor: number | null;
  arpaMinor: number | null;
  monthlyLogoChurn: Ratio;
  ltvMinor: number | null;
  ltvToCac: Ratio;
  paybackMonths: Ratio;
}

const rounded = (value: Ratio): number | null => (value === null ? null : roundHalfUp(value));

/** Unit economics per segment: CAC, ARPA, monthly logo churn, LTV, LTV:CAC and CAC payback months, each as defined above. */
export function segmentEconomics(
  rows: readonly SegmentEconomicsInput[],
  grossMargin = DEFAULT_GROSS_MARGIN,
): SegmentEconomics[] {
  return rows.map((row) => {
    const cac = acquisitionCost(row);
    const arpa = averageRevenuePerAccount(row.mrrMinor, row.payingCustomers);
    const churn = monthlyLogoChurn(row);
    const ltv = lifetimeValue(arpa, churn, grossMargin);
    return {
      segmentId: row.segmentId,
      cacMinor: rounded(cac),
      arpaMinor: rounded(arpa),
      monthlyLogoChurn: churn,
      ltvMinor: rounded(ltv),
      ltvToCac: ltvToCac(ltv, cac),
      paybackMonths: cacPaybackMonths(cac, arpa, grossMargin),
    };
  });
}
