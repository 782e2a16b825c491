import type { DrillDefinition } from "./definition";

/** The sources dashboard's drill-downs, by key. */
export const sourcesDrills = {} satisfies Record<string, DrillDefinition>;
