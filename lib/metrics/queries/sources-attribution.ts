import { Prisma } from "@/generated/prisma/client";
import { LeadSource } from "@/generated/prisma/enums";
import type { AttributionModel } from "../attribution";
import { sourceAttribution, type SourceAttribution } from "../source-attribution";
import { attributionCtes, attributionPaths, type AttributionQuery } from "./attribution-paths";
import { periodJson, type PeriodJson } from "./query-options";
import type { QueryClient } from "./client";

/** Won and lost deals of P credited to the sources by one model. */
export interface SourceAttributionMetrics extends SourceAttribution {
  period: PeriodJson;
  model: AttributionModel;
}

/** Attribution of the deals closed in P by `model`, every source listed (one query: the deals' paths). */
export async function loadSourceAttribution(
  client: QueryClient,
  query: AttributionQuery,
  model: AttributionModel,
): Promise<SourceAttributionMetrics> {
  const paths = await attributionPaths(client, query);
  return { period: periodJson(query.period), model, ...sourceAttribution(paths, model, Object.values(LeadSource)) };
}

// Which kept touches (alias k) hold a share above 0 under each model, as touchWeights gives
// them: first and last take the path's ends; linear and W-shaped give every touch a share.
const SHARING_TOUCH: Record<AttributionModel, Prisma.Sql> = {
  FIRST_TOUCH: Prisma.sql`k.pos = 1`,
  LAST_TOUCH: Prisma.sql`k.pos = k.n`,
  LINEAR: Prisma.sql`true`,
  W_SHAPED: Prisma.sql`true`,
};

/** Whose deals: one source's (credited under the model), the untouched ones, or all. */
export type CreditedBy = { source: LeadSource } | "UNTOUCHED" | "ALL";

/**
 * The ids of the deals of one outcome closed in P behind a credit figure of
 * sourceAttribution: those in which the source holds a share under the model (creditedDeals),
 * those with no touches, or all of them. A SELECT without ORDER BY, for a subquery.
 */
export function creditedDealIdsSql(
  query: AttributionQuery,
  { outcome, by, model }: { outcome: "WON" | "LOST"; by: CreditedBy; model: AttributionModel },
): Prisma.Sql {
  const kept = (condition: Prisma.Sql) => Prisma.sql`SELECT 1 FROM kept k WHERE k."dealId" = d.id AND ${condition}`;
  const condition =
    by === "ALL"
      ? Prisma.sql`true`
      : by === "UNTOUCHED"
        ? Prisma.sql`NOT EXISTS (${kept(Prisma.sql`true`)})`
        : Prisma.sql`EXISTS (${kept(Prisma.sql`k.source = ${by.source}::"LeadSource" AND ${SHARING_TOUCH[model]}`)})`;
  return Prisma.sql`WITH ${attributionCtes(query)}
    SELECT d.id FROM deal d WHERE d.status = ${outcome}::"DealStatus" AND ${condition}`;
}
