import type { EntityKind } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { capacityFlow, capacityWhatIf, type CapacityChange, type CapacityFlow, type CapacityStage, type CapacityWhatIf } from "../capacity";
import { isMonthStart, monthsBetween, periodDays, type Period } from "../period";
import { nextStage, periodConversion } from "../period-conversion";
import { divideHalfUp, roundHalfUp } from "../rounding";
import { DAYS_PER_MONTH } from "../sales-velocity";
import { stageVolumes } from "../stage-volume";
import { stageCapacities } from "./capacity-owners";
import type { QueryClient } from "./client";
import { BOWTIE_RECORD, periodJson, type PeriodJson, type PeriodQuery } from "./query-options";
import { stageFlows, type StageFlows } from "./stage-flows";

/** Calendar months in a month-aligned period; otherwise its days ÷ (365.25 ÷ 12). */
export function monthsIn(period: Period): number {
  if (isMonthStart(period.start) && isMonthStart(period.end)) return monthsBetween(period.start, period.end);
  return periodDays(period) / DAYS_PER_MONTH;
}

function perMonth(records: number, months: number): number {
  return Number.isInteger(months) ? (divideHalfUp(records, months) ?? 0) : roundHalfUp(records / months);
}

// The chain is the seven bow-tie stages, upstream first, in whole records a month (averages
// rounded half up, so the flow's own rounding stays exact):
// - a stage's `inflow` is what enters it other than by a direct move from the stage before
//   (entries − moves from S−1; for awareness, every entry), since what comes from S−1 is
//   already S−1's output;
// - `conversion` is the period strict conversion S → S+1 (0 with no entries); the last
//   stage has no next, so its conversion is 1 and the chain's output is what it handles;
// - `capacity` comes from stageCapacities (null: no known limit).
/** The capacity chain of one period's flows: monthly inflow, capacity and conversion per stage. */
export function capacityChain(
  flows: StageFlows,
  capacities: Partial<Record<BowtieStage, number>>,
  months: number,
): CapacityStage[] {
  const volumes = stageVolumes(flows.entries);
  return BOWTIE_STAGES.map((stage, index) => {
    const previous = index === 0 ? null : BOWTIE_STAGES[index - 1]!;
    const fromPrevious = flows.moves
      .filter((move) => previous !== null && move.from === previous && move.to === stage)
      .reduce((sum, move) => sum + move.records, 0);
    const conversion = nextStage(stage) === null ? 1 : (periodConversion(stage, flows.entries, flows.moves, "strict") ?? 0);
    return {
      stage,
      inflow: perMonth(Math.max(0, volumes[stage] - fromPrevious), months),
      capacity: capacities[stage] ?? null,
      conversion,
    };
  });
}

export interface CapacityMetrics {
  kind: EntityKind;
  period: PeriodJson;
  months: number;
  stages: CapacityStage[];
  flow: CapacityFlow;
  /** The flow with `change` applied, when one was asked for. */
  whatIf: CapacityWhatIf | null;
}

/** What the capacity page is built from. */
export interface CapacityInputs {
  kind: EntityKind;
  period: Period;
  flows: StageFlows;
  capacities: Partial<Record<BowtieStage, number>>;
  change?: CapacityChange;
}

/** The capacity page from its aggregates. */
export function capacityMetrics({ kind, period, flows, capacities, change }: CapacityInputs): CapacityMetrics {
  const months = monthsIn(period);
  const stages = capacityChain(flows, capacities, months);
  return {
    kind,
    period: periodJson(period),
    months,
    stages,
    flow: capacityFlow(stages),
    whatIf: change === undefined ? null : capacityWhatIf(stages, change),
  };
}

/** The capacity page: the monthly chain of P, its flow and bottleneck, and an optional what-if (two queries, in parallel). */
export async function loadCapacityMetrics(
  client: QueryClient,
  { period, filters = {}, kind = BOWTIE_RECORD, change }: PeriodQuery & { kind?: EntityKind; change?: CapacityChange },
): Promise<CapacityMetrics> {
  const [flows, capacities] = await Promise.all([
    stageFlows(client, { kind, period, filters }),
    stageCapacities(client, filters),
  ]);
  return capacityMetrics({ kind, period, flows, capacities, change });
}
