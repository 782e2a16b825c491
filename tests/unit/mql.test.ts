import { describe, expect, it } from "vitest";
import { evaluateMql, type MqlCandidate, type MqlRule } from "@/lib/bowtie/mql";

const asOf = new Date("2026-06-30T12:00:00Z");
const rule: MqlRule = {
  industries: ["Manufacturing", "Energy"],
  minEmployees: 100,
  maxEmployees: 999,
  countries: ["FI", "SE"],
  personas: ["EXECUTIVE", "DEPARTMENT_HEAD"],
  titleKeywords: ["maintenance"],
  minEngagementScore: 40,
  withinDays: 30,
};
const fits: MqlCandidate = {
  industry: "Manufacturing",
  employees: 250,
  country: "FI",
  persona: "EXECUTIVE",
  title: "CEO",
  engagementScore: 55,
  lastEngagedAt: new Date("2026-06-20T09:00:00Z"),
};

describe("evaluateMql", () => {
  it("qualifies a lead that passes every criterion", () => {
    expect(evaluateMql(rule, fits, asOf)).toEqual({
      qualifies: true,
      checks: [
        { key: "industry", pass: true },
        { key: "companySize", pass: true },
        { key: "country", pass: true },
        { key: "persona", pass: true },
        { key: "engagement", pass: true },
        { key: "recency", pass: true },
      ],
    });
  });

  it.each<[string, Partial<MqlCandidate>, string]>([
    ["another industry", { industry: "Retail" }, "industry"],
    ["no industry", { industry: null }, "industry"],
    ["too small", { employees: 99 }, "companySize"],
    ["too large", { employees: 1000 }, "companySize"],
    ["unknown size", { employees: null }, "companySize"],
    ["another country", { country: "NO" }, "country"],
    ["another persona and title", { persona: "SPECIALIST", title: "Analyst" }, "persona"],
    ["score one below", { engagementScore: 39 }, "engagement"],
    ["last touch 31 days ago", { lastEngagedAt: new Date("2026-05-30T11:59:59Z") }, "recency"],
    ["never engaged", { lastEngagedAt: null }, "recency"],
    ["a touch after the as-of time", { lastEngagedAt: new Date("2026-07-01T00:00:00Z") }, "recency"],
  ])("fails on %s, and only there", (_label, change, failing) => {
    const verdict = evaluateMql(rule, { ...fits, ...change }, asOf);
    expect(verdict.qualifies).toBe(false);
    expect(verdict.checks.filter((c) => !c.pass).map((c) => c.key)).toEqual([failing]);
  });

  it.each<[string, Partial<MqlCandidate>]>([
    ["the bounds themselves", { employees: 100 }],
    ["the upper bound", { employees: 999 }],
    ["a title keyword in any case", { persona: "SPECIALIST", title: "Head of Maintenance" }],
    ["a touch exactly 30 days ago", { lastEngagedAt: new Date("2026-05-31T12:00:00Z") }],
    ["the threshold score", { engagementScore: 40 }],
  ])("accepts %s", (_label, change) => {
    expect(evaluateMql(rule, { ...fits, ...change }, asOf).qualifies).toBe(true);
  });

  it("treats empty lists and open bounds as accepting anything", () => {
    const open: MqlRule = { ...rule, industries: [], countries: [], personas: [], titleKeywords: [], minEmployees: null, maxEmployees: null };
    const lead = { ...fits, industry: null, country: null, employees: null, persona: null, title: null };
    expect(evaluateMql(open, lead, asOf).qualifies).toBe(true);
  });
});
