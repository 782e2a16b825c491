import type { PipelineStage } from "@/generated/prisma/enums";
import { ratio, type Ratio } from "./ratio";
import { applyRateHalfUp, sumOfRatesHalfUp } from "./rounding";

/** A pipeline stage an open deal can be in. */
export type OpenPipelineStage = Exclude<PipelineStage, "CLOSED">;

/** The chance that an open deal in each pipeline stage is won (0–1). */
export type StageProbabilities = Readonly<Record<OpenPipelineStage, number>>;

/** Default win probabilities by pipeline stage; a company with its own history should pass its own. */
export const DEFAULT_STAGE_PROBABILITIES: StageProbabilities = {
  QUALIFICATION: 0.1,
  NEEDS_ANALYSIS: 0.25,
  PROPOSAL: 0.5,
  NEGOTIATION: 0.75,
};

/** Open deals per pipeline stage and their summed amount (GROUP BY pipelineStage over OPEN deals). */
export interface PipelineStageAmount {
  pipelineStage: PipelineStage;
  deals: number;
  amountMinor: number;
}

/** The weighted pipeline, in total and per stage. */
export interface WeightedPipeline {
  amountMinor: number;
  weightedMinor: number;
  byStage: { pipelineStage: OpenPipelineStage; deals: number; amountMinor: number; weightedMinor: number }[];
}

const OPEN_STAGES = Object.keys(DEFAULT_STAGE_PROBABILITIES) as OpenPipelineStage[];

// The total is rounded once (half up, exact), so it can differ by a minor unit from the sum
// of the separately rounded stage figures.
/** Weighted pipeline: Σ open amount × stage probability; rows in CLOSED are excluded; stages zero-filled. */
export function weightedPipeline(
  rows: readonly PipelineStageAmount[],
  probabilities: StageProbabilities = DEFAULT_STAGE_PROBABILITIES,
): WeightedPipeline {
  const byStage = OPEN_STAGES.map((pipelineStage) => {
    const inStage = rows.filter((row) => row.pipelineStage === pipelineStage);
    const amountMinor = inStage.reduce((sum, row) => sum + row.amountMinor, 0);
    return {
      pipelineStage,
      deals: inStage.reduce((sum, row) => sum + row.deals, 0),
      amountMinor,
      weightedMinor: applyRateHalfUp(amountMinor, probabilities[pipelineStage]),
    };
  });
  return {
    amountMinor: byStage.reduce((sum, row) => sum + row.amountMinor, 0),
    weightedMinor: sumOfRatesHalfUp(
      byStage.map((row) => ({ quantity: row.amountMinor, rate: probabilities[row.pipelineStage] })),
    ),
    byStage,
  };
}

/** What pipeline coverage is measured against in a period. */
export interface CoverageInputs {
  /** Summed amount of OPEN deals whose expected close date lies in P. */
  openPipelineMinor: number;
  /** The target for P. */
  targetMinor: number;
  /** Already won in P as of the as-of instant. */
  wonMinor: number;
}

/** Pipeline coverage: open pipeline due in P ÷ (target − won so far); null when the target is met or unset. */
export function pipelineCoverage(inputs: CoverageInputs): Ratio {
  const remaining = Math.max(inputs.targetMinor - inputs.wonMinor, 0);
  return ratio(inputs.openPipelineMinor, remaining);
}
