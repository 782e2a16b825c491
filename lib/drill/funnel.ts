import type { DrillDefinition } from "./definition";

/** The funnel dashboard's drill-downs, by key. */
export const funnelDrills = {} satisfies Record<string, DrillDefinition>;
