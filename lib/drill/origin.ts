import type { DrillOrigin } from "./definition";

/** The dashboard page a drill-down's figure is on. */
export function originPath(origin: DrillOrigin): string {
  return origin === "bowtie" ? "/dashboard" : `/dashboard/${origin}`;
}
