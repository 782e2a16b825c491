import type { Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, stageOrder, type BowtieStage } from "@/lib/bowtie/stages";
import { ratio, type Ratio } from "./ratio";
import { stageVolumes, type StageEntries } from "./stage-volume";

/** Distinct records that moved `from` → `to` in the period (GROUP BY fromStage, toStage); from null is a first placement. */
export interface StageMoves {
  from: Stage | null;
  to: Stage;
  records: number;
}

// strict is HubSpot's ordered funnel (stages passed in order, no skips); anyPath counts a
// record that skips ahead as converted, as HubSpot's unordered funnel does.
/** strict: only direct S → S+1 moves count; anyPath: a move from S to any later stage counts (skips too). */
export type ConversionPath = "strict" | "anyPath";

/** The stage after `stage` on the bow-tie; null after EXPANSION. */
export function nextStage(stage: BowtieStage): BowtieStage | null {
  return BOWTIE_STAGES[BOWTIE_STAGES.indexOf(stage) + 1] ?? null;
}

function isLater(to: Stage, than: BowtieStage): boolean {
  const order = stageOrder(to);
  return order !== null && order > BOWTIE_STAGES.indexOf(than);
}

// Period-based rates compare two flows in the same period, not the same records: the moves
// on may come from records that entered S earlier, so a rate above 1 is possible and honest.
/** Period conversion of S: records moving on from S in P (strict: to S+1; anyPath: to any later stage) ÷ entries into S in P. */
export function periodConversion(
  stage: BowtieStage,
  entries: readonly StageEntries[],
  moves: readonly StageMoves[],
  path: ConversionPath,
): Ratio {
  if (nextStage(stage) === null) return null;
  return ratio(movesOn(stage, moves, path), stageVolumes(entries)[stage]);
}

/** Moves on from S in P, period conversion's numerator (strict: to S+1; anyPath: to any later stage); 0 after the last stage. */
export function movesOn(stage: BowtieStage, moves: readonly StageMoves[], path: ConversionPath): number {
  const next = nextStage(stage);
  if (next === null) return 0;
  return moves
    .filter((move) => move.from === stage && (path === "strict" ? move.to === next : isLater(move.to, stage)))
    .reduce((sum, move) => sum + move.records, 0);
}
