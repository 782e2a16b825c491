import { describe, expect, it } from "vitest";
import { mqlShift } from "@/lib/metrics/mql-shift";

describe("mqlShift", () => {
  it.each([
    // 200 open leads; the draft qualifies 50 (25 %), the version in force 80 (40 %); 10 new MQLs, 40 back to nurture: −30.
    [{ open: 200, qualify: 50, activeQualify: 80, newly: 10, stop: 40 }, { qualifyShare: 0.25, activeQualifyShare: 0.4, netMqls: -30 }],
    // A looser draft: 3 of 4 open leads, 2 newly qualifying, none dropped.
    [{ open: 4, qualify: 3, activeQualify: 1, newly: 2, stop: 0 }, { qualifyShare: 0.75, activeQualifyShare: 0.25, netMqls: 2 }],
    // No version in force: nothing to compare with.
    [{ open: 10, qualify: 0, activeQualify: null, newly: 0, stop: 0 }, { qualifyShare: 0, activeQualifyShare: null, netMqls: 0 }],
    // No open leads: the shares are no data, not 0.
    [{ open: 0, qualify: 0, activeQualify: 0, newly: 0, stop: 0 }, { qualifyShare: null, activeQualifyShare: null, netMqls: 0 }],
  ])("%j → %j", (input, expected) => {
    expect(mqlShift(input)).toEqual(expected);
  });
});
