import { cx } from "@/components/ui/cx";
import { HEALTH_SIGN, type Health } from "./stage-health";

export interface ShapeStage {
  key: string;
  volume: number;
  health: Health | null;
  bottleneck: boolean;
  /** What a screen reader hears for this band: the stage, its volume and its change. */
  description: string;
}

const WIDTH = 700;
const HEIGHT = 220;
const MIDDLE = HEIGHT / 2;
const TALLEST = 170;
// A stage with no volume still shows as a sliver, so the shape keeps its seven places.
const THINNEST = 4;
const STEP = WIDTH / 7;
const BAND = STEP * 0.62;

const FILL: Record<Health | "none", string> = {
  better: "fill-health-better",
  worse: "fill-health-worse",
  same: "fill-health-same",
  none: "fill-health-same",
};

/**
 * The bow-tie drawn from the data: one band per stage, as tall as its volume relative to
 * the largest, joined by trapezoids. With the usual flow the left side narrows to the knot
 * and the right side widens again. Bands are coloured by their change against the previous
 * period and carry its arrow as well, the bottleneck is outlined.
 */
export function BowtieShape({ stages, label }: { stages: ShapeStage[]; label: string }) {
  const largest = Math.max(1, ...stages.map((stage) => stage.volume));
  const bands = stages.map((stage) => ({ ...stage, height: Math.max(THINNEST, (stage.volume / largest) * TALLEST) }));
  const left = (index: number) => index * STEP + (STEP - BAND) / 2;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
      {bands.slice(1).map(({ height: next }, index) => {
        const height = bands[index]?.height ?? next;
        const x1 = left(index) + BAND;
        const x2 = left(index + 1);
        const points = [
          [x1, MIDDLE - height / 2],
          [x2, MIDDLE - next / 2],
          [x2, MIDDLE + next / 2],
          [x1, MIDDLE + height / 2],
        ];
        return <polygon key={`join-${index}`} points={points.map((point) => point.join(",")).join(" ")} className="fill-surface-muted" aria-hidden="true" />;
      })}
      {bands.map((stage, index) => {
        const { height } = stage;
        const x = left(index);
        return (
          <g key={stage.key} role="img" aria-label={stage.description}>
            <rect
              x={x}
              y={MIDDLE - height / 2}
              width={BAND}
              height={height}
              rx={3}
              className={cx(FILL[stage.health ?? "none"], stage.bottleneck && "stroke-foreground")}
              strokeWidth={stage.bottleneck ? 3 : 0}
              strokeDasharray={stage.bottleneck ? "6 3" : undefined}
            />
            {stage.health && (
              <text x={x + BAND / 2} y={MIDDLE - height / 2 - 8} textAnchor="middle" className="fill-foreground text-[14px]" aria-hidden="true">
                {HEALTH_SIGN[stage.health]}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
