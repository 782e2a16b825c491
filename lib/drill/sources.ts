import { Prisma } from "@/generated/prisma/client";
import { LeadSource } from "@/generated/prisma/enums";
import { z } from "zod";
import { ATTRIBUTION_MODELS } from "@/lib/metrics/attribution";
import { FACTORY_STEPS } from "@/lib/metrics/source-factory";
import { creditedDealIdsSql, type CreditedBy } from "@/lib/metrics/queries/sources-attribution";
import { FACTORY_STEP_SQL, leadCohortSql } from "@/lib/metrics/queries/sources-cohort";
import { defineDrill, type DrillDefinition } from "./definition";
import { enumParam } from "./params";

const LEAD_SOURCE_VALUES = Object.values(LeadSource) as [LeadSource, ...LeadSource[]];

/** The credited deals of no source: the deals with no touches on their path. */
export const UNTOUCHED = "NONE";

/** Behind a factory figure: the cohort's leads (of one source, or all) that reached the step. */
const sourceCohort = defineDrill({
  params: z.object({ leadSource: enumParam(LEAD_SOURCE_VALUES).optional(), step: enumParam(FACTORY_STEPS) }),
  resolve: ({ leadSource, step }, { period, asOf, filters }) => ({
    kind: "LEAD",
    origin: "sources",
    ids: Prisma.sql`SELECT c.id FROM (${leadCohortSql({ period, asOf, filters })}) c
                     WHERE ${FACTORY_STEP_SQL[step]} ${leadSource ? Prisma.sql`AND c.source = ${leadSource}::"LeadSource"` : Prisma.empty}`,
    title: (t) =>
      t(`sources.drill.cohort.${step}`, { source: leadSource ? t(`leadSource.${leadSource}`) : t("sources.allSources") }),
  }),
});

/** Behind a credited-deals figure: the won or lost deals of P in which the source holds a share under the model. */
const sourceCredited = defineDrill({
  params: z.object({
    leadSource: enumParam([...LEAD_SOURCE_VALUES, UNTOUCHED]).optional(),
    outcome: enumParam(["WON", "LOST"]),
    model: enumParam(ATTRIBUTION_MODELS),
  }),
  resolve: ({ leadSource, outcome, model }, { period, filters }) => {
    const by: CreditedBy = leadSource === undefined ? "ALL" : leadSource === UNTOUCHED ? "UNTOUCHED" : { source: leadSource };
    return {
      kind: "DEAL",
      origin: "sources",
      ids: creditedDealIdsSql({ period, filters }, { outcome, by, model }),
      title: (t) => {
        if (by === "ALL") return t(`sources.drill.closed.${outcome}`);
        if (by === "UNTOUCHED") return t(`sources.drill.untouched.${outcome}`);
        return t(`sources.drill.credited.${outcome}`, { source: t(`leadSource.${by.source}`), model: t(`sources.model.${model}`) });
      },
    };
  },
});

/** The sources dashboard's drill-downs, by key. */
export const sourcesDrills = {
  "sources-cohort": sourceCohort,
  "sources-credited": sourceCredited,
} satisfies Record<string, DrillDefinition>;
