import type { Stage } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STAGE_SIDE } from "@/lib/bowtie/stages";

const SIDE_TONE = { ACQUISITION: "acquisition", KNOT: "knot", RETENTION: "retention" } as const satisfies Record<string, BadgeTone>;

/** A stage in the colour of its side of the bow-tie; CHURNED is off the bow-tie. */
export function stageTone(stage: Stage): BadgeTone {
  return stage === "CHURNED" ? "off" : SIDE_TONE[STAGE_SIDE[stage]];
}

export function StageBadge({ stage, label }: { stage: Stage; label: string }) {
  return <Badge tone={stageTone(stage)}>{label}</Badge>;
}
