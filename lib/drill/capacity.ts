import type { DrillDefinition } from "./definition";

/** The capacity dashboard's drill-downs, by key. */
export const capacityDrills = {} satisfies Record<string, DrillDefinition>;
