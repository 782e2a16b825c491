import type { BowtieStage } from "@/lib/bowtie/stages";
import type { Translate } from "@/lib/i18n/translator";
import type { StageFlow } from "@/lib/metrics/capacity";
import { nextStage } from "@/lib/metrics/period-conversion";
import type { OwnerTeam } from "@/lib/metrics/queries/capacity-owners";
import type { CapacityMetrics } from "@/lib/metrics/queries/capacity";
import type { Ratio } from "@/lib/metrics/ratio";

/** One stage of the chain with everything the page shows of it, from CapacityMetrics' parallel lists. */
export interface ChainRow {
  stage: BowtieStage;
  label: string;
  /** The next stage within the chain. */
  next: BowtieStage | null;
  teams: OwnerTeam[];
  capacity: number | null;
  conversion: number;
  flow: StageFlow;
  entered: number;
  movedOn: number;
  utilisation: Ratio;
  bottleneck: boolean;
}

export function chainRows(metrics: CapacityMetrics, t: Translate): ChainRow[] {
  const last = metrics.counts.length - 1;
  return metrics.counts.map(({ stage, entered, movedOn }, index) => ({
    stage,
    label: t(`stage.${stage}`),
    // The chain's last stage has no next within it, even where the bow-tie goes on.
    next: index === last ? null : nextStage(stage),
    teams: metrics.owners[stage] ?? [],
    capacity: metrics.stages[index]?.capacity ?? null,
    conversion: metrics.stages[index]?.conversion ?? 0,
    flow: metrics.flow.stages[index]!,
    entered,
    movedOn,
    utilisation: metrics.utilisation[index]?.utilisation ?? null,
    bottleneck: metrics.flow.bottleneck?.index === index,
  }));
}

/** The stage's owning teams by name, or that it has none. */
export function teamNames(row: ChainRow | undefined, t: Translate): string {
  return row?.teams.map((team) => team.name).join(", ") || t("capacity.chain.noOwner");
}
