import { Prisma } from "@/generated/prisma/client";
import { nextStage } from "@/lib/metrics/period-conversion";
import { transitionsInPeriod } from "@/lib/metrics/queries/stage-flows";
import { z } from "zod";
import { defineDrill, type DrillContext, type DrillOrigin } from "./definition";
import { monthOf, monthParam, stageKindParam, stageParam } from "./params";

// An optional month narrows the figure to one calendar month (a point of a monthly series).
const stageDrillParams = z.object({ kind: stageKindParam, stage: stageParam, month: monthParam.optional() });

const periodOf = (month: string | undefined, context: DrillContext) => (month ? monthOf(month) : context.period);

// Accounts carry the whole bow-tie on the overview; leads are the funnel's records.
const origin = (kind: "LEAD" | "ACCOUNT"): DrillOrigin => (kind === "LEAD" ? "funnel" : "bowtie");

/** The records of the kind whose transitions in the period (the month, or the dashboard's) meet `condition`. */
function transitionSet(kind: "LEAD" | "ACCOUNT", month: string | undefined, context: DrillContext, condition: Prisma.Sql) {
  const period = periodOf(month, context);
  return {
    kind,
    origin: origin(kind),
    period,
    ids: Prisma.sql`SELECT DISTINCT t."entityId" AS id FROM "StageTransition" t
                     WHERE ${transitionsInPeriod({ kind, period, filters: context.filters })} AND ${condition}`,
  };
}

/** Behind a stage's volume: the records that entered the stage in P (stageFlows' entries). */
export const stageEntries = defineDrill({
  params: stageDrillParams,
  resolve: ({ kind, stage, month }, context) => ({
    ...transitionSet(kind, month, context, Prisma.sql`t."toStage" = ${stage}::"Stage"`),
    title: (t) => t(`drill.stageEntries.${kind}`, { stage: t(`stage.${stage}`) }),
  }),
});

/** Behind a stage's strict period conversion: the records that moved from it straight to the next stage in P. */
export const stageMoves = defineDrill({
  params: stageDrillParams.refine(({ stage }) => nextStage(stage) !== null),
  resolve: ({ kind, stage, month }, context) => {
    const next = nextStage(stage) ?? stage;
    return {
      ...transitionSet(kind, month, context, Prisma.sql`t."fromStage" = ${stage}::"Stage" AND t."toStage" = ${next}::"Stage"`),
      title: (t) => t(`drill.stageMoves.${kind}`, { from: t(`stage.${stage}`), to: t(`stage.${next}`) }),
    };
  },
});
