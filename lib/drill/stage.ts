import { Prisma } from "@/generated/prisma/client";
import { nextStage } from "@/lib/metrics/period-conversion";
import { transitionsInPeriod } from "@/lib/metrics/queries/stage-flows";
import { z } from "zod";
import { defineDrill, type DrillOrigin } from "./definition";
import { stageKindParam, stageParam } from "./params";

const stageDrillParams = z.object({ kind: stageKindParam, stage: stageParam });

// Accounts carry the whole bow-tie on the overview; leads are the funnel's records.
const origin = (kind: "LEAD" | "ACCOUNT"): DrillOrigin => (kind === "LEAD" ? "funnel" : "bowtie");

/** Behind a stage's volume: the records that entered the stage in P (stageFlows' entries). */
export const stageEntries = defineDrill({
  params: stageDrillParams,
  resolve: ({ kind, stage }, { period, filters }) => ({
    kind,
    origin: origin(kind),
    ids: Prisma.sql`SELECT DISTINCT t."entityId" AS id FROM "StageTransition" t
                     WHERE ${transitionsInPeriod({ kind, period, filters })} AND t."toStage" = ${stage}::"Stage"`,
    title: (t) => t(`drill.stageEntries.${kind}`, { stage: t(`stage.${stage}`) }),
  }),
});

/** Behind a stage's strict period conversion: the records that moved from it straight to the next stage in P. */
export const stageMoves = defineDrill({
  params: stageDrillParams.refine(({ stage }) => nextStage(stage) !== null),
  resolve: ({ kind, stage }, { period, filters }) => {
    const next = nextStage(stage) ?? stage;
    return {
      kind,
      origin: origin(kind),
      ids: Prisma.sql`SELECT DISTINCT t."entityId" AS id FROM "StageTransition" t
                       WHERE ${transitionsInPeriod({ kind, period, filters })}
                         AND t."fromStage" = ${stage}::"Stage" AND t."toStage" = ${next}::"Stage"`,
      title: (t) =>
        t(`drill.stageMoves.${kind}`, { from: t(`stage.${stage}`), to: t(`stage.${next}`) }),
    };
  },
});
