import type { EntityKind } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { capacityFlow, type Bottleneck } from "../capacity";
import { previousPeriod, type Period } from "../period";
import { periodConversion } from "../period-conversion";
import type { Ratio } from "../ratio";
import { stageVolumes } from "../stage-volume";
import { timeInStage } from "../time-in-stage";
import { capacityChain, monthsIn } from "./capacity";
import { stageCapacities } from "./capacity-owners";
import type { QueryClient } from "./client";
import { BOWTIE_RECORD, periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { stageDurations, type StageDurations } from "./stage-durations";
import { stageFlows, type StageFlows } from "./stage-flows";

export interface OverviewStage {
  stage: BowtieStage;
  volume: number;
  /** Period-based strict conversion to the next stage; null after expansion or with no entries. */
  conversion: Ratio;
  /** Kaplan–Meier median hours in the stage for stays entered in the period (bucket lower edge). */
  medianHours: number | null;
}

export interface OverviewPeriod {
  period: PeriodJson;
  stages: OverviewStage[];
  /** Records that left the bow-tie (churned) in the period. */
  churned: number;
}

export interface BowtieOverview {
  kind: EntityKind;
  asOf: string;
  current: OverviewPeriod;
  /** The period of the same length just before (see previousPeriod), as known at the same as-of. */
  previous: OverviewPeriod;
  /** The binding capacity bottleneck of the current period's monthly flow (see loadCapacityMetrics). */
  bottleneck: Bottleneck | null;
}

function overviewPeriod(period: Period, flows: StageFlows, durations: readonly StageDurations[]): OverviewPeriod {
  const volumes = stageVolumes(flows.entries);
  return {
    period: periodJson(period),
    stages: BOWTIE_STAGES.map((stage) => ({
      stage,
      volume: volumes[stage],
      conversion: periodConversion(stage, flows.entries, flows.moves, "strict"),
      medianHours: timeInStage(durations.find((row) => row.stage === stage)?.buckets ?? []).medianHours,
    })),
    churned: volumes.CHURNED,
  };
}

/** What the overview is built from: each period's flows and time-in-stage histograms, and the stage capacities. */
export interface OverviewInputs {
  kind: EntityKind;
  asOf: Date;
  current: { period: Period; flows: StageFlows; durations: StageDurations[] };
  previous: { period: Period; flows: StageFlows; durations: StageDurations[] };
  capacities: Partial<Record<BowtieStage, number>>;
}

// Both periods are read as of the same instant, so the previous period's times use what is
// known now (its stays censored later than they would have been at its end): each figure
// is the best estimate available, and Kaplan–Meier keeps the two comparable.
/** The overview from its aggregates. */
export function bowtieOverview(inputs: OverviewInputs): BowtieOverview {
  const { current, previous } = inputs;
  return {
    kind: inputs.kind,
    asOf: inputs.asOf.toISOString(),
    current: overviewPeriod(current.period, current.flows, current.durations),
    previous: overviewPeriod(previous.period, previous.flows, previous.durations),
    bottleneck: capacityFlow(capacityChain(current.flows, inputs.capacities, monthsIn(current.period))).bottleneck,
  };
}

/** The bow-tie overview: per stage volume, conversion to next and median time, for P and the period before, and the bottleneck (five queries, in parallel). */
export async function loadBowtieOverview(
  client: QueryClient,
  { period, filters = {}, asOf, kind = BOWTIE_RECORD }: PeriodQuery & { asOf: Date; kind?: EntityKind },
): Promise<BowtieOverview> {
  const before = previousPeriod(period);
  const [flows, durations, previousFlows, previousDurations, capacities] = await Promise.all([
    stageFlows(client, { kind, period, filters }),
    stageDurations(client, { kind, period, filters, asOf }),
    stageFlows(client, { kind, period: before, filters }),
    stageDurations(client, { kind, period: before, filters, asOf }),
    stageCapacities(client, filters),
  ]);
  return bowtieOverview({
    kind,
    asOf,
    current: { period, flows, durations },
    previous: { period: before, flows: previousFlows, durations: previousDurations },
    capacities,
  });
}
