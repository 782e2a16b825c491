import type { Prisma } from "@/generated/prisma/client";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { Period } from "@/lib/metrics/period";
import type { MetricFilters } from "@/lib/metrics/queries/filters";

/** The kinds of record a drill-down lists. */
export type DrillRecordKind = "LEAD" | "ACCOUNT" | "DEAL";

/** The dashboard views a drill-down returns to. */
export type DrillOrigin = "bowtie" | "funnel" | "retention" | "sources" | "capacity" | "segments";

/** What a figure was computed over: the dashboard's period, as-of instant and filters. */
export interface DrillContext {
  period: Period;
  asOf: Date;
  filters: MetricFilters;
}

/** The records behind one figure. */
export interface DrillSet {
  kind: DrillRecordKind;
  /** The dashboard view the figure is on, for the way back. */
  origin: DrillOrigin;
  /**
   * A SELECT yielding one column `id`, each record once: the same rows the figure counts.
   * It is wrapped as a subquery, so it must not end in ORDER BY or LIMIT.
   */
  ids: Prisma.Sql;
  /** The period the records are counted in, when the figure has its own (a month of a series); else the dashboard's. */
  period?: Period;
  /** What the list shows, e.g. "Leads that entered Comparison"; the period and filters are shown beside it. */
  title: (t: Translate, locale: Locale) => string;
}

/**
 * One kind of drill-down: the URL parameters it reads (besides the dashboard filters) and
 * how they and the dashboard's context select the records behind a figure.
 *
 * Parameter names must not be the dashboard's own: period, at, from, to, segment, source,
 * and drill / after, which the list uses.
 */
export interface DrillDefinition<Schema extends z.ZodType = z.ZodType> {
  params: Schema;
  resolve: (params: z.output<Schema>, context: DrillContext) => DrillSet;
}

/** Declares a drill-down with its parameter types inferred from the schema. */
export function defineDrill<Schema extends z.ZodType>(definition: DrillDefinition<Schema>): DrillDefinition<Schema> {
  return definition;
}
