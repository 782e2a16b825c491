import { Prisma } from "@/generated/prisma/client";
import { FUNNEL_STAGES } from "@/lib/bowtie/stages";
import { readyLeads, touchedBy } from "@/lib/metrics/queries/speed-to-lead";
import { currentStages, stageAgeSql } from "@/lib/metrics/queries/stage-sla";
import { z } from "zod";
import { defineDrill } from "./definition";
import { enumParam } from "./params";

/** Behind the SLA table: leads in a stage at as-of, or only those past the stage's SLA (the same rows stageAges counts). */
export const funnelSla = defineDrill({
  params: z.object({ stage: enumParam(FUNNEL_STAGES as [string, ...string[]]), past: enumParam(["sla"]).optional() }),
  resolve: ({ stage, past }, { asOf, filters }) => {
    const pastSla = past
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "StageDefinition" d WHERE d.stage = c."toStage" AND ${stageAgeSql(asOf)} >= d."slaHours")`
      : Prisma.empty;
    const label = stage as (typeof FUNNEL_STAGES)[number];
    return {
      kind: "LEAD",
      origin: "funnel",
      ids: Prisma.sql`SELECT c."entityId" AS id FROM (${currentStages({ kind: "LEAD", asOf, filters })}) c
                       WHERE c."toStage" = ${stage}::"Stage" ${pastSla}`,
      title: (t) => t(past ? "drill.pastSla" : "drill.inStage", { stage: t(`stage.${label}`) }),
    };
  },
});

/** Behind speed-to-lead: the leads that became ready in P and no person had touched by its end (or as-of). */
export const funnelUntouched = defineDrill({
  params: z.object({}),
  resolve: (_params, { period, asOf, filters }) => ({
    kind: "LEAD",
    origin: "funnel",
    ids: Prisma.sql`SELECT l.id ${readyLeads({ period, filters }, asOf)} AND ${touchedBy(period, asOf)} IS NOT TRUE`,
    title: (t) => t("drill.untouched"),
  }),
});
