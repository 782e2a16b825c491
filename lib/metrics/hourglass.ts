import { capacityFlow, type CapacityStage } from "./capacity";
import { cumulativeConversion } from "./funnel";
import type { Ratio } from "./ratio";

/**
 * The hourglass of the customer factory, a month at a time: visits arrive, a team handles as
 * many as it can, meetings are booked for a share of those handled, and a share of the
 * meetings close. Rates are shares (0.05 = 5 %); the deal size is in minor units.
 */
export interface HourglassInputs {
  visits: number;
  /** Visits the handling team can take a month; null = no limit. */
  capacity: number | null;
  visitToMeeting: number;
  meetingToSale: number;
  dealSizeMinor: number;
}

/** What the hourglass yields a month. */
export interface Hourglass {
  handled: number;
  /** Visits beyond the capacity: nobody handles them. */
  lost: number;
  meetings: number;
  sales: number;
  /** sales × deal size, minor units. */
  revenueMinor: number;
  /** Sales with the capacity unlimited; null when the capacity does not bind. */
  salesIfRelieved: number | null;
}

// The hourglass is a two-stage capacity chain, so it shares capacityFlow's rounding: each
// stage's output is a whole record, half up (700 × 5 % = 35 meetings × 15 % = 5.25 → 5).
/** Hourglass: handled = min(visits, capacity), meetings = handled × visit→meeting, sales = meetings × meeting→sale (each whole, half up), revenue = sales × deal size. */
export function hourglass(inputs: HourglassInputs): Hourglass {
  const flow = capacityFlow([
    { stage: "handling", inflow: inputs.visits, capacity: inputs.capacity, conversion: inputs.visitToMeeting },
    { stage: "meetings", capacity: null, conversion: inputs.meetingToSale },
  ]);
  const handling = flow.stages[0]!;
  return {
    handled: handling.handled,
    lost: handling.lost,
    meetings: handling.output,
    sales: flow.output,
    revenueMinor: flow.output * inputs.dealSizeMinor,
    salesIfRelieved: flow.bottleneck?.outputIfRelieved ?? null,
  };
}

/** The hourglass's levers as measured (no deal size: that comes from the won deals). */
export type MeasuredHourglass = Omit<HourglassInputs, "dealSizeMinor">;

const share = (rate: Ratio) => Math.min(1, Math.max(0, rate ?? 0));

// A period rate can exceed 1 (moves on from records that entered earlier); a rate on the
// hourglass is a share of this month's records, so it is capped at 1. The sale is a closed
// deal, not a stage move, so its rate is the win rate, the same for leads and accounts.
/** Hourglass from a chain: visits and capacity of its first stage, visit→meeting = product of the conversions before `meetingStage`, meeting→sale = the win rate; rates capped at 0–1, no data as 0. */
export function hourglassFromChain(chain: readonly CapacityStage[], meetingStage: string, winRate: Ratio): MeasuredHourglass {
  const meeting = chain.findIndex((stage) => stage.stage === meetingStage);
  if (meeting < 1) throw new RangeError(`${meetingStage} is not a later stage of the chain`);
  const first = chain[0]!;
  return {
    visits: first.inflow ?? 0,
    capacity: first.capacity,
    visitToMeeting: share(cumulativeConversion(chain.slice(0, meeting).map((stage) => stage.conversion))),
    meetingToSale: share(winRate),
  };
}
