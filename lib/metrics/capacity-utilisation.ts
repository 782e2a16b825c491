import type { CapacityFlow, CapacityStage } from "./capacity";
import { ratio, type Ratio } from "./ratio";

/** One stage's load: its monthly inflow against its owning teams' monthly capacity. */
export interface StageUtilisation {
  stage: string;
  utilisation: Ratio;
}

/** Utilisation: monthly inflow ÷ monthly capacity per stage; above 1 the stage loses records; null with no limit or a capacity of 0. */
export function capacityUtilisation(chain: readonly CapacityStage[], flow: CapacityFlow): StageUtilisation[] {
  return flow.stages.map((stage, index) => {
    const capacity = chain[index]?.capacity ?? null;
    return { stage: stage.stage, utilisation: capacity === null ? null : ratio(stage.inflow, capacity) };
  });
}

/** Busiest stage: the highest utilisation (ties go upstream); null when no stage has a known one above 0. */
export function busiestStage(rows: readonly StageUtilisation[]): StageUtilisation | null {
  let busiest: StageUtilisation | null = null;
  for (const row of rows) {
    if (row.utilisation === null || row.utilisation <= 0) continue;
    if (busiest === null || row.utilisation > (busiest.utilisation ?? 0)) busiest = row;
  }
  return busiest;
}
