import type { CSSProperties } from "react";

// Cohorts mostly keep 70–100 % of their customers, so the steps are finer at the top than
// at the bottom; even steps of 20 % would paint nearly every cell alike.
/** The lower bound of each heatmap step, as a share; the last step is "this or more". */
export const HEAT_BOUNDS = [0, 0.5, 0.7, 0.85, 0.95, 1] as const;

// How much of --chart-heat each step mixes into the surface.
const MIX = [6, 18, 32, 48, 66, 100];

/** The step a share falls in; null when it has no value. */
export function heatStep(value: number | null): number | null {
  if (value === null) return null;
  let step = 0;
  HEAT_BOUNDS.forEach((bound, index) => {
    if (value >= bound) step = index;
  });
  return step;
}

/** A cell's colours for its step: more --chart-heat for a higher share, and the text colour that reads on it. */
export function heatStyle(step: number | null): CSSProperties | undefined {
  if (step === null) return undefined;
  return {
    background: `color-mix(in srgb, var(--chart-heat) ${MIX[step]}%, var(--surface))`,
    color: step === HEAT_BOUNDS.length - 1 ? "var(--chart-heat-ink)" : "var(--foreground)",
    printColorAdjust: "exact",
  };
}
