import type { DrillDefinition } from "./definition";

/** The retention dashboard's drill-downs, by key. */
export const retentionDrills = {} satisfies Record<string, DrillDefinition>;
