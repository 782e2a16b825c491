import { ratio, type Ratio } from "./ratio";

/** Lower edges of the bands a 0–100 score is shown in: 0–19, 20–39, 40–59, 60–79, 80–100. */
export const SCORE_BAND_EDGES = [0, 20, 40, 60, 80] as const;

/** How many leads hold each score (0–100); a score no lead holds may be left out. */
export type ScoreHistogram = readonly { score: number; leads: number }[];

/** One band [from, to]: the leads whose score lies in it, and their share of all leads. */
export type ScoreBand = { from: number; to: number; leads: number; share: Ratio };

/**
 * Leads per score band: each score counts in the band holding it; the last band ends at 100.
 * Shares are of all leads in the histogram; null for every band when there are none.
 */
export function scoreBands(histogram: ScoreHistogram, edges: readonly number[] = SCORE_BAND_EDGES): ScoreBand[] {
  if (edges[0] !== 0 || edges.some((edge, index) => index > 0 && edge <= edges[index - 1]!)) throw new RangeError("band edges must start at 0 and rise");
  const bands = edges.map((from, index) => ({ from, to: (edges[index + 1] ?? 101) - 1, leads: 0 }));
  for (const { score, leads } of histogram) {
    if (!Number.isInteger(score) || score < 0 || score > 100) throw new RangeError(`a score must be a whole number 0–100, not ${score}`);
    bands.findLast((band) => band.from <= score)!.leads += leads;
  }
  const all = bands.reduce((sum, band) => sum + band.leads, 0);
  return bands.map((band) => ({ ...band, share: ratio(band.leads, all) }));
}

/** The mean score over the leads of the histogram; null when there are none. */
export function meanScore(histogram: ScoreHistogram): Ratio {
  const leads = histogram.reduce((sum, row) => sum + row.leads, 0);
  return ratio(histogram.reduce((sum, row) => sum + row.score * row.leads, 0), leads);
}
