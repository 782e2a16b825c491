// Every rounding in lib/metrics goes through this file, so the rule is stated once: whole
// units (minor currency units, records) are rounded half away from zero, and where the
// inputs are integers the arithmetic is exact (BigInt), so 7.5 is never 7.4999….

const MILLION = 1_000_000n;

/** Rounds half away from zero: 2.5 → 3, 2.4999 → 2, −2.5 → −3. */
export function roundHalfUp(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

function divideBigHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** a ÷ b rounded half up to a whole unit, exactly when both are integers; null when b is 0. */
export function divideHalfUp(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return roundHalfUp(numerator / denominator);
  }
  return Number(divideBigHalfUp(BigInt(numerator), BigInt(denominator)));
}

/** A rate as whole millionths, so 0.15 is exactly 150,000 and not 0.1499999…. */
export function toMillionths(rate: number): bigint {
  return BigInt(Math.round(rate * 1_000_000));
}

/** quantity × rate rounded half up to a whole unit; exact for an integer quantity (rate resolved to millionths). */
export function applyRateHalfUp(quantity: number, rate: number): number {
  if (!Number.isSafeInteger(quantity)) return roundHalfUp(quantity * rate);
  return Number(divideBigHalfUp(BigInt(quantity) * toMillionths(rate), MILLION));
}

/** Σ quantity × rate over the terms, rounded once at the end (half up, exact for integer quantities). */
export function sumOfRatesHalfUp(terms: readonly { quantity: number; rate: number }[]): number {
  if (terms.some((term) => !Number.isSafeInteger(term.quantity))) {
    return roundHalfUp(terms.reduce((sum, term) => sum + term.quantity * term.rate, 0));
  }
  const total = terms.reduce((sum, term) => sum + BigInt(term.quantity) * toMillionths(term.rate), 0n);
  return Number(divideBigHalfUp(total, MILLION));
}

// The largest-remainder method keeps every deal's credited amount equal to its real
// amount, which rounding each part on its own would not.
/** Splits a whole amount over weights into whole parts summing exactly to it: floors, then leftover units to the largest remainders (ties to the earlier part). */
export function allocateWhole(amount: number, weights: readonly number[]): number[] {
  if (amount < 0) return allocateWhole(-amount, weights).map((part) => -part || 0);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || total <= 0) throw new RangeError("allocateWhole needs positive weights");
  const raw = weights.map((weight) => (amount * weight) / total);
  const parts = raw.map((value) => Math.floor(value));
  let left = amount - parts.reduce((sum, part) => sum + part, 0);
  const order = raw
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
