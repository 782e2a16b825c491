/**
 * How segment rules place a company. A rule's ranges are inclusive and open where a bound is
 * null; a company falls in a rule when it falls in every range the rule bounds, so a rule with
 * no bounds at all catches every company that reaches it. The first rule in priority order
 * (lowest number first) that catches a company decides its segment; none leaves it without one.
 */
export type SegmentRule = {
  minEmployees: number | null;
  maxEmployees: number | null;
  minDealAmountMinor: number | null;
  maxDealAmountMinor: number | null;
};

/**
 * What the rules look at. An account's deal size is its largest deal that is open or won
 * (annual contract value); a lead without an account has none. An unknown value is outside
 * every range that is bounded, so it only meets rules that leave that range open.
 */
export type SegmentSubject = { employees: number | null; dealAmountMinor: number | null };

export function inRange(value: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (value === null) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

export function ruleCatches(rule: SegmentRule, subject: SegmentSubject): boolean {
  return (
    inRange(subject.employees, rule.minEmployees, rule.maxEmployees) &&
    inRange(subject.dealAmountMinor, rule.minDealAmountMinor, rule.maxDealAmountMinor)
  );
}

/** The index (in `rules`, which must be in priority order) of the rule that decides, or null. */
export function matchingRule(rules: readonly SegmentRule[], subject: SegmentSubject): number | null {
  const index = rules.findIndex((rule) => ruleCatches(rule, subject));
  return index === -1 ? null : index;
}

export function usesDealSize(rules: readonly SegmentRule[]): boolean {
  return rules.some((rule) => rule.minDealAmountMinor !== null || rule.maxDealAmountMinor !== null);
}
