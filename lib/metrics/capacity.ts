import { ratio, type Ratio } from "./ratio";
import { applyRateHalfUp } from "./rounding";

/**
 * One stage of the customer factory, upstream first. `capacity` is what the owning team
 * can handle in a month (Team.monthlyCapacity; null = no limit, e.g. self-service);
 * `conversion` is the share of handled records that move on to the next stage; `inflow`
 * is what enters this stage from outside the chain each month (the first stage's whole
 * inflow, or direct entries further down).
 */
export interface CapacityStage {
  stage: string;
  inflow?: number;
  capacity: number | null;
  conversion: number;
}

/** A stage's monthly flow: what arrives, what the team handles, what is lost, what moves on. */
export interface StageFlow {
  stage: string;
  inflow: number;
  handled: number;
  lost: number;
  output: number;
  /** capacity ÷ inflow; below 1 the stage loses records; null with no limit or no inflow. */
  capacityToInflow: Ratio;
}

/** The binding bottleneck and what relieving it would give. */
export interface Bottleneck {
  stage: string;
  index: number;
  lost: number;
  capacityToInflow: number;
  /** The chain's output with this stage's capacity unlimited. */
  outputIfRelieved: number;
}

/** The whole chain's monthly flow. */
export interface CapacityFlow {
  stages: StageFlow[];
  /** What leaves the last stage each month: the throughput the chain allows. */
  output: number;
  bottleneck: Bottleneck | null;
}

function propagate(stages: readonly CapacityStage[]): { flows: StageFlow[]; output: number } {
  const flows: StageFlow[] = [];
  let arriving = 0;
  for (const stage of stages) {
    const inflow = arriving + (stage.inflow ?? 0);
    const handled = stage.capacity === null ? inflow : Math.min(inflow, stage.capacity);
    const output = applyRateHalfUp(handled, stage.conversion);
    flows.push({
      stage: stage.stage,
      inflow,
      handled,
      lost: inflow - handled,
      output,
      capacityToInflow: stage.capacity === null ? null : ratio(stage.capacity, inflow),
    });
    arriving = output;
  }
  return { flows, output: arriving };
}

// Rounding: records are whole, so each stage's output is rounded half up to a whole record
// before it flows on (exactly: the rate is resolved to millionths). The seed's hourglass
// reads this way: 700 handled × 5 % = 35 meetings × 15 % = 5.25 → 5 sales; with capacity
// 1,000: 50 meetings × 15 % = 7.5 → 8 sales.
// The binding bottleneck is the stage that loses records with the lowest capacity ÷
// inflow (ties go upstream, since an upstream loss also starves every later stage).
/** Capacity flow: per stage handled = min(inflow, capacity), output = handled × conversion (whole, half up); the binding bottleneck. */
export function capacityFlow(stages: readonly CapacityStage[]): CapacityFlow {
  const { flows, output } = propagate(stages);
  let bottleneck: Bottleneck | null = null;
  for (const [index, flow] of flows.entries()) {
    if (flow.lost <= 0 || flow.capacityToInflow === null) continue;
    if (bottleneck !== null && flow.capacityToInflow >= bottleneck.capacityToInflow) continue;
    const relieved = stages.map((stage, i) => (i === index ? { ...stage, capacity: null } : stage));
    bottleneck = {
      stage: flow.stage,
      index,
      lost: flow.lost,
      capacityToInflow: flow.capacityToInflow,
      outputIfRelieved: propagate(relieved).output,
    };
  }
  return { stages: flows, output, bottleneck };
}

/** A change to one stage: a new capacity (null = unlimited) and/or a new conversion rate. */
export interface CapacityChange {
  stage: string;
  capacity?: number | null;
  conversion?: number;
}

/** The chain before and after a change, and the change in monthly output. */
export interface CapacityWhatIf {
  before: CapacityFlow;
  after: CapacityFlow;
  outputChange: number;
}

/** What-if: the chain's flow with one stage's capacity and/or conversion changed, against the flow as it is. */
export function capacityWhatIf(stages: readonly CapacityStage[], change: CapacityChange): CapacityWhatIf {
  if (!stages.some((stage) => stage.stage === change.stage)) {
    throw new RangeError(`no stage ${change.stage} in the chain`);
  }
  const changed = stages.map((stage) =>
    stage.stage === change.stage
      ? {
          ...stage,
          capacity: change.capacity === undefined ? stage.capacity : change.capacity,
          conversion: change.conversion ?? stage.conversion,
        }
      : stage,
  );
  const before = capacityFlow(stages);
  const after = capacityFlow(changed);
  return { before, after, outputChange: after.output - before.output };
}
