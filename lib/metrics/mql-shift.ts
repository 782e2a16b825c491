import { ratio, type Ratio } from "./ratio";

/** A criteria draft judged against a segment's open leads at one instant (lib/mql/preview). */
export type MqlShiftInput = { open: number; qualify: number; activeQualify: number | null; newly: number; stop: number };

export type MqlShift = {
  /** Open leads the draft qualifies ÷ open leads; null with no open leads. */
  qualifyShare: Ratio;
  /** The same share under the version in force; null without one or with no open leads. */
  activeQualifyShare: Ratio;
  /** How many more (or, negative, fewer) leads stand in consideration as MQLs once the draft is active. */
  netMqls: number;
};

/**
 * MQL draft shift: of the segment's open leads at as-of, the share the draft qualifies (and
 * the version in force); net change in MQLs = leads in awareness it qualifies − MQLs it does not.
 */
export function mqlShift(input: MqlShiftInput): MqlShift {
  return {
    qualifyShare: ratio(input.qualify, input.open),
    activeQualifyShare: ratio(input.activeQualify, input.open),
    netMqls: input.newly - input.stop,
  };
}
