import { z } from "zod";
import { ATTRIBUTION_MODELS, type AttributionModel } from "@/lib/metrics/attribution";
import type { SearchParamsInput } from "./dashboard-filters";
import { first, toRecord } from "./url-params";

/** The attribution model the sources page shows unless the URL names another. */
export const DEFAULT_ATTRIBUTION_MODEL: AttributionModel = "W_SHAPED";

/** The sources page's charts, each with its own CSV. */
export const SOURCES_CHARTS = ["factory", "attribution"] as const;
export type SourcesChart = (typeof SOURCES_CHARTS)[number];

export interface SourcesParams {
  model: AttributionModel;
  chart: SourcesChart;
}


// Like the dashboard filters, an unknown value falls back to its default rather than failing the page.
const schema = z.object({
  model: z.preprocess(first, z.enum(ATTRIBUTION_MODELS).catch(DEFAULT_ATTRIBUTION_MODEL)),
  chart: z.preprocess(first, z.enum(SOURCES_CHARTS).catch("factory")),
});

/** The sources page's own URL parameters: the attribution model and, for the CSV, which chart. */
export function parseSourcesParams(input: SearchParamsInput): SourcesParams {
  return schema.parse(toRecord(input));
}

/** The query string that selects a model on top of the dashboard filters' own; the default model is left out. */
export function withModel(query: string, model: AttributionModel): string {
  const params = new URLSearchParams(query);
  if (model === DEFAULT_ATTRIBUTION_MODEL) params.delete("model");
  else params.set("model", model);
  return params.toString();
}
