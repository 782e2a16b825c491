import type { DrillDefinition } from "./definition";
import { capacityDrills } from "./capacity";
import { funnelDrills } from "./funnel";
import { retentionDrills } from "./retention";
import { segmentsDrills } from "./segments";
import { sourcesDrills } from "./sources";
import { stageEntries, stageMoves } from "./stage";

/** Every drill-down by the key it has in the URL (`drill=`). */
export const DRILLS = {
  "stage-entries": stageEntries,
  "stage-moves": stageMoves,
  ...funnelDrills,
  ...retentionDrills,
  ...sourcesDrills,
  ...capacityDrills,
  ...segmentsDrills,
} satisfies Record<string, DrillDefinition>;

export type DrillKey = keyof typeof DRILLS;

export function isDrillKey(key: string): key is DrillKey {
  return Object.hasOwn(DRILLS, key);
}
