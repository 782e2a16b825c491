import type { DrillDefinition } from "./definition";

/** The segments dashboard's drill-downs, by key. */
export const segmentsDrills = {} satisfies Record<string, DrillDefinition>;
