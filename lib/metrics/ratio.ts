/** A share or a multiple; null means "no data" (a zero denominator), never 0 or NaN. */
export type Ratio = number | null;

/** numerator ÷ denominator; null when either side is null or not finite, or the denominator is 0. */
export function ratio(numerator: number | null, denominator: number | null): Ratio {
  if (numerator === null || denominator === null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

/** Product of the factors; null when any factor is null (a chain with an unknown link is unknown); 1 for none. */
export function product(factors: readonly Ratio[]): Ratio {
  let result = 1;
  for (const factor of factors) {
    if (factor === null) return null;
    result *= factor;
  }
  return result;
}
