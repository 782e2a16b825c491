import type { EntityKind } from "@/generated/prisma/enums";
import type { Period } from "../period";
import type { MetricFilters } from "./filters";

// As-of convention for every query: an event has happened at `asOf` when it occurred
// strictly before it, the same half-open rule as a period's end, so "as of P's end" and
// "in P" never disagree about an event at the boundary.

/** A query over one period, with the dashboard filters. */
export interface PeriodQuery {
  period: Period;
  filters?: MetricFilters;
}

/**
 * A query over the stage history of one kind of record. Stage metrics never mix kinds: a
 * lead, its deal and its account each keep their own trail, and counting them together
 * would count one buyer up to three times in comparison.
 */
export interface StageQuery extends PeriodQuery {
  kind: EntityKind;
}

// The account is the one record the stage machine carries across all seven stages (a lead
// stops at comparison, a deal lives around the knot), so its trail gives every stage a
// volume, a conversion to the next stage and a time in stage. Lead-level acquisition views
// pass kind "LEAD".
/** The record kind the bow-tie dashboards count unless told otherwise. */
export const BOWTIE_RECORD: EntityKind = "ACCOUNT";

/** A period as plain JSON. */
export interface PeriodJson {
  start: string;
  end: string;
}

export function periodJson(period: Period): PeriodJson {
  return { start: period.start.toISOString(), end: period.end.toISOString() };
}
