/**
 * Why a unit-economics figure has no value: the first input it needs that is missing.
 * - SPEND_NOT_ATTRIBUTABLE: an owner or team filter is set, and spend has neither;
 * - NO_SPEND: no sales or marketing spend recorded in P;
 * - NO_NEW_CUSTOMERS: no account won its first NEW deal in P;
 * - NO_PAYING_CUSTOMERS: nobody paid in P's last month, so there is no ARPA;
 * - NO_CUSTOMERS_AT_RISK: nobody paid in the month before any month of P, so churn is unmeasured;
 * - NO_CHURN: nobody churned in P, so the lifetime has no finite estimate;
 * - NO_WON_DEALS: no NEW deal was won in P.
 */
export type EconomicsGap =
  | "SPEND_NOT_ATTRIBUTABLE"
  | "NO_SPEND"
  | "NO_NEW_CUSTOMERS"
  | "NO_PAYING_CUSTOMERS"
  | "NO_CUSTOMERS_AT_RISK"
  | "NO_CHURN"
  | "NO_WON_DEALS";

/** One segment's inputs as the economics loader returns them; spend is null when it cannot be attributed. */
export interface EconomicsGapInputs {
  salesSpendMinor: number | null;
  marketingSpendMinor: number | null;
  newCustomers: number;
  payingCustomers: number;
  customerMonths: number;
  churnedCustomers: number;
  /** NEW deals won in P: the deal-size and sales-cycle basis. */
  salesCycle: { deals: number };
}

/** Per figure, why it is missing; null where the figure has a value. */
export interface EconomicsGaps {
  cac: EconomicsGap | null;
  ltv: EconomicsGap | null;
  ltvToCac: EconomicsGap | null;
  payback: EconomicsGap | null;
  dealSize: EconomicsGap | null;
  salesCycle: EconomicsGap | null;
}

function cacGap(row: EconomicsGapInputs): EconomicsGap | null {
  if (row.salesSpendMinor === null || row.marketingSpendMinor === null) return "SPEND_NOT_ATTRIBUTABLE";
  if (row.newCustomers === 0) return "NO_NEW_CUSTOMERS";
  if (row.salesSpendMinor + row.marketingSpendMinor === 0) return "NO_SPEND";
  return null;
}

function ltvGap(row: EconomicsGapInputs): EconomicsGap | null {
  if (row.payingCustomers === 0) return "NO_PAYING_CUSTOMERS";
  if (row.customerMonths === 0) return "NO_CUSTOMERS_AT_RISK";
  if (row.churnedCustomers === 0) return "NO_CHURN";
  return null;
}

/** Why CAC, LTV, LTV:CAC, payback, deal size and cycle are missing: the first unmet input of each, in the order their definitions use them. */
export function economicsGaps(row: EconomicsGapInputs): EconomicsGaps {
  const cac = cacGap(row);
  const ltv = ltvGap(row);
  const deals = row.salesCycle.deals === 0 ? "NO_WON_DEALS" : null;
  return {
    cac,
    ltv,
    ltvToCac: ltv ?? cac,
    payback: cac ?? (row.payingCustomers === 0 ? "NO_PAYING_CUSTOMERS" : null),
    dealSize: deals,
    salesCycle: deals,
  };
}
