import { z } from "zod";
import { first, toRecord, type SearchParamsInput } from "./url-params";

// The retention dashboard's own URL parameters, beside the dashboard filters. Unknown or
// missing values fall back to the default, so an edited or stale link still opens.


/** What the cohort heatmap shows: the share of customers still paying, or the share of revenue kept. */
export const COHORT_VIEWS = ["logos", "revenue"] as const;
export type CohortView = (typeof COHORT_VIEWS)[number];

/** The charts whose data the retention CSV serves, the first being the default. */
export const RETENTION_CHARTS = ["movements", "waterfall", "retention", "logo-churn", "cohorts", "onboarding", "customer-age"] as const;
export type RetentionChart = (typeof RETENTION_CHARTS)[number];

const cohortViewSchema = z.preprocess(first, z.enum(COHORT_VIEWS).catch("logos"));
const chartSchema = z.preprocess(first, z.enum(RETENTION_CHARTS).catch("movements"));

type UrlInput = SearchParamsInput;

const param = (input: UrlInput, name: string) => toRecord(input)[name];

/** The heatmap's view from the `cohorts` parameter. */
export function parseCohortView(input: UrlInput): CohortView {
  return cohortViewSchema.parse(param(input, "cohorts"));
}

/** The chart a CSV request asks for, from its `chart` parameter. */
export function parseRetentionChart(input: UrlInput): RetentionChart {
  return chartSchema.parse(param(input, "chart"));
}
