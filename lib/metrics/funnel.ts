import type { BowtieStage } from "@/lib/bowtie/stages";
import { product, type Ratio } from "./ratio";

/** One step of a funnel: the conversion from `stage` to the stage after it. */
export interface FunnelStep {
  stage: BowtieStage;
  conversion: Ratio;
}

/** A funnel step with the cumulative conversion from the funnel's first stage through this step. */
export interface FunnelRow extends FunnelStep {
  cumulative: Ratio;
}

// Winning by Design's bow-tie math multiplies the step rates; it reads as "of 100 entering
// the first stage, how many get through all steps", assuming the steps are independent.
/** Cumulative conversion: the product of the step conversions; null when any step has no data. */
export function cumulativeConversion(steps: readonly Ratio[]): Ratio {
  return product(steps);
}

/** Each step with its cumulative conversion (product of this and all earlier steps). */
export function conversionFunnel(steps: readonly FunnelStep[]): FunnelRow[] {
  return steps.map((step, index) => ({
    ...step,
    cumulative: cumulativeConversion(steps.slice(0, index + 1).map((s) => s.conversion)),
  }));
}
