import type { Action } from "@/lib/auth/permissions";
import type { DrillOrigin } from "./definition";

/** The dashboard page a drill-down's figure is on. */
export function originPath(origin: DrillOrigin): string {
  return origin === "bowtie" ? "/dashboard" : `/dashboard/${origin}`;
}

/**
 * The right to see a figure's records is the right to see the figure: a churn list says as
 * much about revenue as the churn figure does.
 */
export const ORIGIN_ACTION: Record<DrillOrigin, Action> = {
  bowtie: "dashboard.view",
  funnel: "dashboard.view",
  sources: "dashboard.view",
  capacity: "dashboard.view",
  retention: "dashboard.revenue",
  segments: "dashboard.economics",
};
