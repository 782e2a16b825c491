import { describe, expect, it } from "vitest";
import { changedParts, emptyRules, fitRule as rule, type FitFacts, type FitRule, type ScoringRules } from "@/lib/scoring/rules";
import { decayFactor, engagementBreakdown, fitBreakdown, scoreLead, toScore } from "@/lib/scoring/score";

const DAY = 86_400_000;
const asOf = new Date("2026-06-30T00:00:00Z");
const daysAgo = (days: number) => new Date(asOf.getTime() - days * DAY);

const FIT_RULES: FitRule[] = [
  rule("INDUSTRY", "Manufacturing", 20),
  rule("EMPLOYEES", null, 25, [100, 999]),
  rule("COUNTRY", "FI", 10),
  rule("PERSONA", "EXECUTIVE", 15),
  rule("TITLE", "director", 10),
  rule("SOURCE", "WEBINAR", 5),
  rule("TITLE", "päällikkö", 8),
  rule("INDUSTRY", "Retail chains", -30),
];

const lead = (facts: Partial<FitFacts>): FitFacts => ({ industry: null, employees: null, country: null, persona: null, title: null, source: "WEB", ...facts });

describe("toScore", () => {
  it.each([
    [0, 0],
    [14.142, 14],
    [14.5, 15],
    [2.5, 3],
    [99.6, 100],
    [180, 100],
    [-30, 0],
  ])("raw %d → %d (clamped to 0–100, half up)", (raw, score) => {
    expect(toScore(raw)).toBe(score);
  });
});

describe("fitBreakdown", () => {
  it("sums the points of every rule the lead meets: 20 + 25 + 10 + 15 + 10 = 80", () => {
    const result = fitBreakdown(FIT_RULES, lead({ industry: "manufacturing", employees: 250, country: "fi", persona: "EXECUTIVE", title: "Sales Director" }));
    expect(result.matches.map((match) => [match.index, match.points])).toEqual([
      [0, 20],
      [1, 25],
      [2, 10],
      [3, 15],
      [4, 10],
    ]);
    expect(result).toMatchObject({ raw: 80, score: 80 });
  });

  it("matches a title keyword ignoring case, letters beyond ASCII too: 8 + 5 = 13", () => {
    expect(fitBreakdown(FIT_RULES, lead({ title: "MYYNTIPÄÄLLIKKÖ", source: "WEBINAR" }))).toMatchObject({ raw: 13, score: 13 });
  });

  it("clamps a negative sum to 0", () => {
    expect(fitBreakdown(FIT_RULES, lead({ industry: "Retail chains", country: "FI" }))).toMatchObject({ raw: -20, score: 0 });
  });

  it("clamps a sum over 100 to 100", () => {
    expect(fitBreakdown([rule("COUNTRY", "SE", 60), rule("SOURCE", "WEB", 60)], lead({ country: "SE" }))).toMatchObject({ raw: 120, score: 100 });
  });

  it.each([
    [99, 0],
    [100, 25],
    [999, 25],
    [1000, 0],
    [null, 0],
  ])("company size %s is inside [100, 999] (bounds included; unknown never): %d points", (employees, points) => {
    expect(fitBreakdown([FIT_RULES[1]!], lead({ employees })).raw).toBe(points);
  });

  it("an open bound accepts any size on its side", () => {
    expect(fitBreakdown([rule("EMPLOYEES", null, 7, [1000, null])], lead({ employees: 60_000 })).raw).toBe(7);
    expect(fitBreakdown([rule("EMPLOYEES", null, 7, [null, 99])], lead({ employees: 0 })).raw).toBe(7);
  });

  it("gives nothing when there are no rules", () => {
    expect(fitBreakdown([], lead({ industry: "Manufacturing" }))).toEqual({ matches: [], raw: 0, score: 0 });
  });
});

describe("decayFactor", () => {
  it.each([
    [0, 1],
    [10, 0.5],
    [20, 0.25],
    [30, 0.125],
  ])("%d days at a 10-day half-life leaves %d", (days, factor) => {
    expect(decayFactor(days * DAY, 10)).toBe(factor);
  });

  it("half a half-life leaves 1/√2", () => {
    expect(decayFactor(5 * DAY, 10)).toBeCloseTo(Math.SQRT1_2, 15);
  });
});

const RULES: ScoringRules = {
  ...emptyRules(),
  engagementPoints: { ...emptyRules().engagementPoints, WEBINAR: 20, WEB_VISIT: 4, MEETING: 30, EMAIL: 5 },
  halfLifeDays: 10,
};

describe("engagementBreakdown", () => {
  it("decays each touch by its age and adds them: 20 × ½ + 4 × ¼ + 4 × 1 = 15", () => {
    const result = engagementBreakdown(
      RULES,
      [
        { type: "WEBINAR", occurredAt: daysAgo(10) },
        { type: "WEB_VISIT", occurredAt: daysAgo(20) },
        { type: "WEB_VISIT", occurredAt: daysAgo(0) },
        // A type worth nothing still shows how many touches it had.
        { type: "DOWNLOAD", occurredAt: daysAgo(5) },
        // A touch after as-of does not count yet.
        { type: "MEETING", occurredAt: daysAgo(-1) },
      ],
      asOf,
    );
    expect(result.byType).toEqual([
      { type: "WEB_VISIT", count: 2, pointsEach: 4, points: 5 },
      { type: "DOWNLOAD", count: 1, pointsEach: 0, points: 0 },
      { type: "WEBINAR", count: 1, pointsEach: 20, points: 10 },
    ]);
    expect(result).toMatchObject({ raw: 15, score: 15 });
  });

  it("rounds half up: 20 × 2^-½ = 14.14 → 14; plus 4 × ⅛ = 0.5 makes 14.64 → 15", () => {
    expect(engagementBreakdown(RULES, [{ type: "WEBINAR", occurredAt: daysAgo(5) }], asOf).score).toBe(14);
    expect(engagementBreakdown(RULES, [{ type: "WEBINAR", occurredAt: daysAgo(5) }, { type: "WEB_VISIT", occurredAt: daysAgo(30) }], asOf).score).toBe(15);
  });

  it("an exact half rounds up: 5 points one half-life ago are 2.5 → 3", () => {
    expect(engagementBreakdown(RULES, [{ type: "EMAIL", occurredAt: daysAgo(10) }], asOf)).toMatchObject({ raw: 2.5, score: 3 });
  });

  it("clamps to 100: six meetings today are 180 points", () => {
    const touches = Array.from({ length: 6 }, () => ({ type: "MEETING" as const, occurredAt: asOf }));
    expect(engagementBreakdown(RULES, touches, asOf)).toMatchObject({ raw: 180, score: 100 });
  });

  it("is 0 without touches", () => {
    expect(engagementBreakdown(RULES, [], asOf)).toEqual({ byType: [], raw: 0, score: 0 });
  });
});

describe("scoreLead", () => {
  it("gives both scores", () => {
    const rules = { ...RULES, fitRules: FIT_RULES };
    expect(scoreLead(rules, lead({ country: "FI", source: "WEBINAR" }), [{ type: "WEBINAR", occurredAt: daysAgo(10) }], asOf)).toEqual({ fit: 15, engagement: 10 });
  });
});

describe("changedParts", () => {
  const base = { ...RULES, fitRules: FIT_RULES };
  it.each([
    ["nothing", base, { fit: false, engagement: false }],
    ["a rule's points", { ...base, fitRules: FIT_RULES.map((r, i) => (i === 0 ? { ...r, points: 21 } : r)) }, { fit: true, engagement: false }],
    ["the rules' order", { ...base, fitRules: [...FIT_RULES].reverse() }, { fit: true, engagement: false }],
    ["a type's points", { ...base, engagementPoints: { ...base.engagementPoints, DOWNLOAD: 1 } }, { fit: false, engagement: true }],
    ["the half-life", { ...base, halfLifeDays: 30 }, { fit: false, engagement: true }],
  ] as const)("changing %s", (_label, after, parts) => {
    expect(changedParts(base, after)).toEqual(parts);
  });

  it("everything, when there were no rules before", () => {
    expect(changedParts(null, base)).toEqual({ fit: true, engagement: true });
  });
});
