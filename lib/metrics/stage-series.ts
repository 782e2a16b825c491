import type { BowtieStage } from "@/lib/bowtie/stages";
import { periodConversion, type StageMoves } from "./period-conversion";
import type { Ratio } from "./ratio";
import { stageVolumes, type StageEntries } from "./stage-volume";

/** One month's flows, as stageFlows yields them per month. */
export interface MonthFlows {
  month: Date;
  entries: StageEntries[];
  moves: StageMoves[];
}

export interface StageSeriesPoint {
  month: Date;
  stages: { stage: BowtieStage; volume: number; conversion: Ratio }[];
}

/** Per month: each stage's volume and strict period conversion, every month present (a month without flows has zeros and no conversion). */
export function stageSeries(months: readonly Date[], flows: readonly MonthFlows[], stages: readonly BowtieStage[]): StageSeriesPoint[] {
  return months.map((month) => {
    const found = flows.find((row) => row.month.getTime() === month.getTime());
    const entries = found?.entries ?? [];
    const moves = found?.moves ?? [];
    const volumes = stageVolumes(entries);
    return {
      month,
      stages: stages.map((stage) => ({ stage, volume: volumes[stage], conversion: periodConversion(stage, entries, moves, "strict") })),
    };
  });
}
