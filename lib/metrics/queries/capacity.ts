import type { EntityKind } from "@/generated/prisma/enums";
import { BOWTIE_STAGES, type BowtieStage } from "@/lib/bowtie/stages";
import { capacityFlow, capacityWhatIf, type CapacityChange, type CapacityFlow, type CapacityStage, type CapacityWhatIf } from "../capacity";
import { busiestStage, capacityUtilisation, type StageUtilisation } from "../capacity-utilisation";
import { isMonthStart, monthsBetween, periodDays, type Period } from "../period";
import { movesOn, periodConversion } from "../period-conversion";
import { divideHalfUp, roundHalfUp } from "../rounding";
import { DAYS_PER_MONTH } from "../sales-velocity";
import { stageVolumes } from "../stage-volume";
import { stageCapacities, stageOwnerTeams, type OwnerTeam } from "./capacity-owners";
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

// The chain is the bow-tie's stages from awareness on, upstream first, in whole records a
// month (averages rounded half up, so the flow's own rounding stays exact):
// - a stage's `inflow` is what enters it other than by a direct move from the stage before
//   (entries − moves from S−1; for awareness, every entry), since what comes from S−1 is
//   already S−1's output;
// - `conversion` is the period strict conversion S → S+1 (0 with no entries); the chain's
//   last stage (`through`, EXPANSION unless told) has no next within it, so its conversion
//   is 1 and the chain's output is what it handles;
// - `capacity` comes from stageCapacities (null: no known limit).
/** The capacity chain of one period's flows, awareness through `through`: monthly inflow, capacity and conversion per stage. */
export function capacityChain(
  flows: StageFlows,
  capacities: Partial<Record<BowtieStage, number>>,
  months: number,
  through: BowtieStage = "EXPANSION",
): CapacityStage[] {
  const volumes = stageVolumes(flows.entries);
  return chainStages(through).map((stage, index, chain) => {
    const previous = index === 0 ? null : chain[index - 1]!;
    const fromPrevious = flows.moves
      .filter((move) => previous !== null && move.from === previous && move.to === stage)
      .reduce((sum, move) => sum + move.records, 0);
    const conversion = stage === through ? 1 : (periodConversion(stage, flows.entries, flows.moves, "strict") ?? 0);
    return {
      stage,
      inflow: perMonth(Math.max(0, volumes[stage] - fromPrevious), months),
      capacity: capacities[stage] ?? null,
      conversion,
    };
  });
}

/** The bow-tie's stages from awareness through `through`. */
export function chainStages(through: BowtieStage): BowtieStage[] {
  return BOWTIE_STAGES.slice(0, BOWTIE_STAGES.indexOf(through) + 1);
}

// A lead's trail ends at comparison, where sales accepts it and a deal and the account take
// over; the account's trail runs the whole bow-tie.
/** The last stage of each record kind's chain. */
export const CHAIN_END: Record<EntityKind, BowtieStage> = {
  LEAD: "COMPARISON",
  CONTACT: "EXPANSION",
  ACCOUNT: "EXPANSION",
  DEAL: "EXPANSION",
};

/** A stage's records in the period itself, behind its monthly figures: the drill-down counts. */
export interface StagePeriodCounts {
  stage: BowtieStage;
  /** Distinct records entering the stage in P (its volume). */
  entered: number;
  /** Distinct records moving from it straight to the next stage in P (its conversion's numerator). */
  movedOn: number;
}

export interface CapacityMetrics {
  kind: EntityKind;
  period: PeriodJson;
  months: number;
  stages: CapacityStage[];
  flow: CapacityFlow;
  /** Monthly inflow ÷ capacity per stage, in chain order. */
  utilisation: StageUtilisation[];
  /** The stage with the highest utilisation, bottleneck or not. */
  busiest: StageUtilisation | null;
  /** Period counts per stage, in chain order. */
  counts: StagePeriodCounts[];
  /** The teams whose capacities make up each stage's; a stage without owners is absent. */
  owners: Partial<Record<BowtieStage, OwnerTeam[]>>;
  /** The flow with `change` applied, when one was asked for. */
  whatIf: CapacityWhatIf | null;
}

/** What the capacity page is built from. */
export interface CapacityInputs {
  kind: EntityKind;
  period: Period;
  flows: StageFlows;
  capacities: Partial<Record<BowtieStage, number>>;
  owners?: Partial<Record<BowtieStage, OwnerTeam[]>>;
  change?: CapacityChange;
}

/** The capacity page from its aggregates. */
export function capacityMetrics({ kind, period, flows, capacities, owners = {}, change }: CapacityInputs): CapacityMetrics {
  const months = monthsIn(period);
  const through = CHAIN_END[kind];
  const stages = capacityChain(flows, capacities, months, through);
  const flow = capacityFlow(stages);
  const volumes = stageVolumes(flows.entries);
  const utilisation = capacityUtilisation(stages, flow);
  return {
    kind,
    period: periodJson(period),
    months,
    stages,
    flow,
    utilisation,
    busiest: busiestStage(utilisation),
    // Moves past the chain's end are not a move on within it.
    counts: chainStages(through).map((stage) => ({ stage, entered: volumes[stage], movedOn: stage === through ? 0 : movesOn(stage, flows.moves, "strict") })),
    owners,
    whatIf: change === undefined ? null : capacityWhatIf(stages, change),
  };
}

/** The capacity page: the monthly chain of P, its flow and bottleneck, the owning teams, and an optional what-if (three queries, in parallel). */
export async function loadCapacityMetrics(
  client: QueryClient,
  { period, filters = {}, kind = BOWTIE_RECORD, change }: PeriodQuery & { kind?: EntityKind; change?: CapacityChange },
): Promise<CapacityMetrics> {
  const [flows, capacities, owners] = await Promise.all([
    stageFlows(client, { kind, period, filters }),
    stageCapacities(client, filters),
    stageOwnerTeams(client, filters),
  ]);
  return capacityMetrics({ kind, period, flows, capacities, owners, change });
}
