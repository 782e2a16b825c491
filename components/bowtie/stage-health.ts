/** How a figure moved against the previous period, read the way the business reads it. */
export type Health = "better" | "worse" | "same";

/**
 * Better, worse or the same, for figures already rounded to what is shown: a change too
 * small to see on the page is "same", so the colour never contradicts the numbers.
 * Null when either period has no value to compare.
 */
export function health(current: number | null, previous: number | null, higherIsBetter: boolean): Health | null {
  if (current === null || previous === null) return null;
  if (current === previous) return "same";
  return current > previous === higherIsBetter ? "better" : "worse";
}

/** The arrow that carries the direction of a change for readers who cannot tell the colours apart. */
export const HEALTH_SIGN: Record<Health, string> = { better: "▲", worse: "▼", same: "=" };
