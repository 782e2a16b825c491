import type { DealType, Stage } from "@/generated/prisma/enums";
import { attributeDeals, type AttributedDeal, type AttributionModel, type SourceCredit } from "../attribution";
import type { Period } from "../period";
import { sourceConversion, type SourceConversion, type SourceStageEntries } from "../source-conversion";
import { attributionPaths } from "./attribution-paths";
import type { QueryClient } from "./client";
import { periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { LEAD_REACH_STAGES, sourceReach } from "./sources-reach";

export interface SourceMetrics {
  period: PeriodJson;
  asOf: string;
  model: AttributionModel;
  /** For each later stage, the lead cohort of P by source: leads created, how many reached it, the rate. */
  conversion: { to: Stage; sources: SourceConversion[] }[];
  /** Won and lost deals closed in P credited to sources by the model. */
  attribution: SourceCredit[];
  /** Deals attributed (won and lost). */
  deals: number;
}

/** What the sources page is built from: the lead cohort's reach by source and the closed deals' paths. */
export interface SourceInputs {
  period: Period;
  asOf: Date;
  model: AttributionModel;
  reach: SourceStageEntries[];
  paths: AttributedDeal[];
}

/** The sources page from its aggregates. */
export function sourceMetrics({ period, asOf, model, reach, paths }: SourceInputs): SourceMetrics {
  return {
    period: periodJson(period),
    asOf: asOf.toISOString(),
    model,
    conversion: LEAD_REACH_STAGES.slice(1).map((to) => ({ to, sources: sourceConversion(reach, "AWARENESS", to) })),
    attribution: attributeDeals(paths, model),
    deals: paths.length,
  };
}

/** The sources page: volume and conversion by lead source, and attribution of deals closed in P by `model` (two queries, in parallel). */
export async function loadSourceMetrics(
  client: QueryClient,
  { period, filters = {}, asOf, dealTypes }: PeriodQuery & { asOf: Date; dealTypes?: DealType[] },
  model: AttributionModel,
): Promise<SourceMetrics> {
  const [reach, paths] = await Promise.all([
    sourceReach(client, { period, filters, asOf }),
    attributionPaths(client, { period, filters, dealTypes }),
  ]);
  return sourceMetrics({ period, asOf, model, reach, paths });
}
