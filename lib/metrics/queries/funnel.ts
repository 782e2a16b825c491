import type { EntityKind, Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { cohortConversion, cohortWindowClosed, type StageCohort } from "../cohort-conversion";
import { durationHistogram, type DurationBin } from "../duration-histogram";
import { conversionFunnel, type FunnelRow } from "../funnel";
import type { Period } from "../period";
import { periodConversion, type ConversionPath } from "../period-conversion";
import type { Ratio } from "../ratio";
import { slaBreaches, type SlaBreach, type StageAge } from "../sla";
import { speedToLead, type SpeedToLead } from "../speed-to-lead";
import { stageVolumes } from "../stage-volume";
import type { DurationBucket, DurationSummary } from "../survival";
import { timeInStage } from "../time-in-stage";
import type { QueryClient } from "./client";
import { BOWTIE_RECORD, periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { speedToLeadBuckets } from "./speed-to-lead";
import { stageCohorts } from "./stage-cohorts";
import { stageDurations, type StageDurations } from "./stage-durations";
import { stageFlows, type StageFlows } from "./stage-flows";
import { stageAges, stageSlaHours } from "./stage-sla";

/** The cohort window the funnel uses unless told otherwise. */
export const DEFAULT_WINDOW_DAYS = 30;

export interface FunnelStage {
  stage: BowtieStage;
  volume: number;
  periodConversion: Record<ConversionPath, Ratio>;
  cohort: { entered: number; reachedNext: number; reachedLater: number } & Record<ConversionPath, Ratio>;
  timeInStage: DurationSummary;
  /** The same stays by duration bin. */
  stays: DurationBin[];
}

export interface FunnelMetrics {
  kind: EntityKind;
  period: PeriodJson;
  asOf: string;
  windowDays: number;
  /** Whether every cohort member has had its full window by as-of (before that, cohort rates can still rise). */
  windowClosed: boolean;
  stages: FunnelStage[];
  /** Step and cumulative conversion from awareness, per kind of conversion. */
  cumulative: Record<"periodStrict" | "periodAnyPath" | "cohortStrict" | "cohortAnyPath", FunnelRow[]>;
  /** Records in each stage at as-of and the share past the stage's SLA. */
  sla: SlaBreach[];
  /** Leads that became ready in P, whatever the record kind of the funnel. */
  speedToLead: SpeedToLead;
}

/** What the funnel is built from: the aggregates of its queries and the parameters they ran with. */
export interface FunnelInputs {
  kind: EntityKind;
  period: Period;
  asOf: Date;
  windowDays: number;
  flows: StageFlows;
  cohorts: StageCohort[];
  durations: StageDurations[];
  ages: StageAge[];
  slaHours: Partial<Record<Stage, number | null>>;
  speed: DurationBucket[];
}

/** The funnel from its aggregates: every stage metric through the pure functions. */
export function funnelMetrics(inputs: FunnelInputs): FunnelMetrics {
  const { flows, period, windowDays, asOf } = inputs;
  const volumes = stageVolumes(flows.entries);
  const durationsOf = (stage: BowtieStage) => inputs.durations.find((row) => row.stage === stage)?.buckets ?? [];
  const stages = BOWTIE_STAGES.map((stage): FunnelStage => {
    const cohort = inputs.cohorts.find((row) => row.stage === stage) ?? { stage, entered: 0, reachedNext: 0, reachedLater: 0 };
    return {
      stage,
      volume: volumes[stage],
      periodConversion: {
        strict: periodConversion(stage, flows.entries, flows.moves, "strict"),
        anyPath: periodConversion(stage, flows.entries, flows.moves, "anyPath"),
      },
      cohort: {
        entered: cohort.entered,
        reachedNext: cohort.reachedNext,
        reachedLater: cohort.reachedLater,
        strict: cohortConversion(cohort, "strict"),
        anyPath: cohortConversion(cohort, "anyPath"),
      },
      timeInStage: timeInStage(durationsOf(stage)),
      stays: durationHistogram(durationsOf(stage)),
    };
  });
  const steps = (pick: (stage: FunnelStage) => Ratio) =>
    conversionFunnel(stages.slice(0, -1).map((stage) => ({ stage: stage.stage, conversion: pick(stage) })));
  return {
    kind: inputs.kind,
    period: periodJson(period),
    asOf: asOf.toISOString(),
    windowDays,
    windowClosed: cohortWindowClosed(period, windowDays, asOf),
    stages,
    cumulative: {
      periodStrict: steps((stage) => stage.periodConversion.strict),
      periodAnyPath: steps((stage) => stage.periodConversion.anyPath),
      cohortStrict: steps((stage) => stage.cohort.strict),
      cohortAnyPath: steps((stage) => stage.cohort.anyPath),
    },
    sla: slaBreaches(inputs.ages, inputs.slaHours),
    speedToLead: speedToLead(inputs.speed),
  };
}

/** The funnel page: every stage metric of P for one record kind, as of `asOf` (six queries, in parallel). */
export async function loadFunnelMetrics(
  client: QueryClient,
  {
    period,
    filters = {},
    asOf,
    kind = BOWTIE_RECORD,
    windowDays = DEFAULT_WINDOW_DAYS,
  }: PeriodQuery & { asOf: Date; kind?: EntityKind; windowDays?: number },
): Promise<FunnelMetrics> {
  const [flows, cohorts, durations, ages, slaHours, speed] = await Promise.all([
    stageFlows(client, { kind, period, filters }),
    stageCohorts(client, { kind, period, filters, windowDays, asOf }),
    stageDurations(client, { kind, period, filters, asOf }),
    stageAges(client, { kind, asOf, filters }),
    stageSlaHours(client),
    speedToLeadBuckets(client, { period, filters, asOf }),
  ]);
  return funnelMetrics({ kind, period, asOf, windowDays, flows, cohorts, durations, ages, slaHours, speed });
}
