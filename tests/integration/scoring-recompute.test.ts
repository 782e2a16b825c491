import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeadSource, Persona, TouchpointType } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { previewScoring } from "@/lib/scoring/preview";
import { recomputeScores } from "@/lib/scoring/recompute";
import { emptyRules, fitRule as fit, type FitRule, type ScoringRules } from "@/lib/scoring/rules";
import { saveScoringRules } from "@/lib/scoring/save";
import { scoreLead } from "@/lib/scoring/score";
import { activeRuleSet } from "@/lib/scoring/store";
import { saveAndRun } from "../support/scoring-runs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;
const at = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(at.getTime() - days * DAY);

const RULES: ScoringRules = {
  fitRules: [
    fit("INDUSTRY", "Manufacturing", 30),
    fit("EMPLOYEES", null, 25, [100, 999]),
    fit("EMPLOYEES", null, 15, [null, 99]),
    fit("COUNTRY", "FI", 10),
    fit("PERSONA", "DEPARTMENT_HEAD", 35),
    fit("TITLE", "päällikkö", 12),
    fit("SOURCE", "PARTNER", 8),
    fit("INDUSTRY", "Professional services", -25),
  ],
  engagementPoints: { ...emptyRules().engagementPoints, WEB_VISIT: 6, DOWNLOAD: 12, WEBINAR: 18, MEETING: 20, EMAIL: 5 },
  halfLifeDays: 30,
};

type LeadSpec = {
  name: string;
  industry?: string;
  employees?: number;
  country?: string;
  persona?: Persona;
  title?: string;
  source?: LeadSource;
  fitScore?: number;
  engagementScore?: number;
  touches?: [TouchpointType, number][];
};

// Hand-computed where noted: fit from the rules above, engagement Σ points × 0.5^(days ÷ 30).
const LEADS: LeadSpec[] = [
  // 30 + 25 + 10 + 35 + 12 = 112 → 100; 18 × ½ + 6 × 1 = 15.
  { name: "full", industry: "manufacturing", employees: 250, country: "FI", persona: "DEPARTMENT_HEAD", title: "Huoltopäällikkö", touches: [["WEBINAR", 30], ["WEB_VISIT", 0]] },
  // 15 + 8 − 25 = −2 → 0; 5 × ½ = 2.5 → 3.
  { name: "negative", industry: "Professional services", employees: 12, source: "PARTNER", touches: [["EMAIL", 30]] },
  // Nothing known: 0; the meeting tomorrow does not count yet, the download 90 days ago is 12 × ⅛ = 1.5 → 2.
  { name: "unknown", touches: [["MEETING", -1], ["DOWNLOAD", 90]] },
  // Title in capitals: 12 + 10; five meetings today 100 points, plus a download: clamped to 100.
  { name: "keen", title: "MYYNTIPÄÄLLIKKÖ", country: "fi", touches: [["MEETING", 0], ["MEETING", 0], ["MEETING", 0], ["MEETING", 0], ["MEETING", 0], ["DOWNLOAD", 1]] },
  // Odd ages and a size at the bound.
  { name: "odd", industry: "Manufacturing", employees: 999, persona: "EXECUTIVE", touches: [["WEB_VISIT", 3.7], ["WEBINAR", 41.2], ["DOWNLOAD", 17.05], ["WEB_VISIT", 200]] },
  { name: "big", industry: "Energy", employees: 1000, country: "SE", touches: [["WEBINAR", 12.5], ["TRADE_FAIR", 2]] },
  // Already stored as the rules compute it: never written.
  { name: "settled", employees: 50, fitScore: 15, engagementScore: 0 },
];

describe("recomputing scores in SQL", () => {
  let database: TestDatabase;
  let segmentId: number;
  let adminId: number;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    adminId = (await prisma.user.create({ data: { email: "admin@scoring.test", name: "Admin", role: "ADMIN", passwordHash: "-" } })).id;
    segmentId = (await prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    await prisma.mqlCriteria.create({
      data: { segmentId, version: 1, status: "ACTIVE", industries: [], countries: [], personas: [], titleKeywords: [], minEngagementScore: 40, withinDays: 60 },
    });
    for (const spec of LEADS) {
      const lead = await prisma.lead.create({
        data: {
          firstName: "Lead",
          lastName: spec.name,
          source: spec.source ?? "WEB",
          industry: spec.industry,
          employees: spec.employees,
          country: spec.country,
          persona: spec.persona,
          title: spec.title,
          fitScore: spec.fitScore ?? 50,
          engagementScore: spec.engagementScore ?? 50,
          // "keen" is in a segment with active MQL criteria: its engagement qualifies it.
          segmentId: spec.name === "keen" ? segmentId : null,
        },
      });
      ids.set(spec.name, lead.id);
      for (const [type, days] of spec.touches ?? []) {
        await prisma.touchpoint.create({ data: { type, channel: "WEB", occurredAt: daysAgo(days), leadId: lead.id } });
      }
    }
  });
  afterAll(() => database.drop());

  async function stored() {
    const rows = await database.prisma.lead.findMany({
      select: {
        id: true, lastName: true, industry: true, employees: true, country: true, persona: true, title: true, source: true,
        fitScore: true, engagementScore: true, version: true, updatedAt: true, scoringRuleSetId: true, scoredAt: true,
        touchpoints: { select: { type: true, occurredAt: true } },
      },
      orderBy: { id: "asc" },
    });
    return new Map(rows.map((row) => [row.lastName, row]));
  }

  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit, (SELECT count(*) FROM "ScoringRuleSet")::int AS versions,
             (SELECT string_agg(id || ':' || "fitScore" || ':' || "engagementScore" || ':' || coalesce("scoringRuleSetId", 0), ',' ORDER BY id) FROM "Lead") AS scores,
             (SELECT count(*) FROM "StageTransition")::int AS transitions`;

  // Leads per score band (0–19, 20–39, 40–59, 60–79, 80–100) of a stored score column.
  const bandsOf = async (column: string) => {
    const rows = await database.pool.query<{ band: number; leads: number }>(`SELECT least(${column} / 20, 4) AS band, count(*)::int AS leads FROM "Lead" GROUP BY 1`);
    return [0, 1, 2, 3, 4].map((band) => rows.rows.find((row) => row.band === band)?.leads ?? 0);
  };

  it("stores, lead by lead, what the TS function computes, and the hand-computed figures", async () => {
    const before = await stored();
    const preview = await previewScoring(database.prisma, RULES, at);
    const summary = await saveAndRun(database.prisma, { rules: RULES, baseVersion: 0 }, { actorId: adminId, at });
    expect(summary.status).toBe("DONE");
    // The preview foretold what the save did, before the MQL moves that followed.
    expect([preview.fit.changed, preview.engagement.changed]).toEqual([summary.scores.fitChanged, summary.scores.engagementChanged]);
    expect(preview.fit.draft.map((band) => band.leads)).toEqual(await bandsOf(`"fitScore"`));
    expect(preview.engagement.draft.map((band) => band.leads)).toEqual(await bandsOf(`"engagementScore"`));
    const after = await stored();

    for (const [name, lead] of after) {
      expect({ name, fit: lead.fitScore, engagement: lead.engagementScore }).toEqual({ name, ...scoreLead(RULES, lead, lead.touchpoints, at) });
    }
    const scores = (name: string) => [after.get(name)!.fitScore, after.get(name)!.engagementScore];
    expect(scores("full")).toEqual([100, 15]);
    expect(scores("negative")).toEqual([0, 3]);
    expect(scores("unknown")).toEqual([0, 2]);
    expect(scores("keen")).toEqual([22, 100]);
    expect(scores("settled")).toEqual([15, 0]);

    const version = (await activeRuleSet(database.prisma))!;
    expect(version.version).toBe(1);
    for (const [name, lead] of after) {
      // A score is not a field anyone edits: neither the version nor updatedAt moves ("keen"
      // moved stage after, which does bump them).
      if (name !== "keen") expect([lead.version, lead.updatedAt]).toEqual([before.get(name)!.version, before.get(name)!.updatedAt]);
      if (name === "settled") expect([lead.scoringRuleSetId, lead.scoredAt]).toEqual([null, null]);
      else expect([lead.scoringRuleSetId, lead.scoredAt]).toEqual([version.id, at]);
    }
    expect(summary.scores).toMatchObject({ leads: LEADS.length, written: LEADS.length - 1 });
    // "keen" reached 100 in a segment whose MQL needs 40: the re-evaluation qualified it.
    expect(summary.mql).toMatchObject({ segments: 1, qualified: 1, unqualified: 0 });
    const keen = await database.prisma.lead.findUniqueOrThrow({ where: { id: ids.get("keen")! }, select: { stage: true, status: true } });
    expect(keen).toEqual({ stage: "CONSIDERATION", status: "MQL" });
  });

  it("writes nothing when nothing changes, in any batch size", async () => {
    const ruleSet = (await activeRuleSet(database.prisma))!;
    const before = await footprint();
    const counts = await recomputeScores(database.prisma, ruleSet, { engagement: true }, at, { batch: 2 });
    expect(counts).toMatchObject({ leads: LEADS.length, written: 0, fitChanged: 0, engagementChanged: 0, superseded: false });
    expect(counts.batches).toBeGreaterThanOrEqual(4);
    expect(await footprint()).toEqual(before);
  });

  it("a changed fit rule writes only the leads it changes, recomputes no engagement and re-evaluates nothing", async () => {
    const rules = { ...RULES, fitRules: RULES.fitRules.map((rule) => (rule.attribute === "COUNTRY" ? { ...rule, points: 20 } : rule)) };
    const before = await stored();
    const later = new Date(at.getTime() + 10 * DAY);
    const preview = await previewScoring(database.prisma, rules, later);
    expect([preview.fit.changed, preview.engagement.changed]).toEqual([1, 0]);
    const summary = await saveAndRun(database.prisma, { rules, baseVersion: 1 }, { actorId: adminId, at: later });
    const after = await stored();

    // FI leads: "full" stays clamped at 100, "keen" goes 22 → 32. Engagement keeps its decay instant.
    expect(summary.scores).toMatchObject({ written: 1, fitChanged: 1, engagementChanged: 0 });
    expect(summary.mql).toBeNull();
    expect(after.get("keen")).toMatchObject({ fitScore: 32, engagementScore: 100, scoredAt: at });
    expect(after.get("keen")!.scoringRuleSetId).not.toBe(before.get("keen")!.scoringRuleSetId);
    for (const name of ["full", "negative", "unknown", "odd", "big"]) {
      expect(after.get(name)).toMatchObject({ fitScore: before.get(name)!.fitScore, scoringRuleSetId: before.get(name)!.scoringRuleSetId });
    }
  });

  it("audits each save with the rules before and after, and each recompute with its counts", async () => {
    const entries = await database.prisma.auditLog.findMany({ where: { action: { startsWith: "scoring." } }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["scoring.rules.update", "scoring.recompute", "scoring.rules.update", "scoring.recompute"]);
    expect(entries.every((entry) => entry.actorId === adminId)).toBe(true);
    expect(entries[0]).toMatchObject({ before: null, after: { version: 1, halfLifeDays: 30, fitRules: expect.any(Array) } });
    expect(entries[2]).toMatchObject({ before: { version: 1 }, after: { version: 2 } });
    expect((entries[2]!.before as { fitRules: FitRule[] }).fitRules.find((rule) => rule.attribute === "COUNTRY")!.points).toBe(10);
    expect((entries[2]!.after as { fitRules: FitRule[] }).fitRules.find((rule) => rule.attribute === "COUNTRY")!.points).toBe(20);
    expect(entries[1]!.after).toMatchObject({ version: 1, parts: { fit: true, engagement: true }, scores: { written: LEADS.length - 1 }, mql: { qualified: 1 } });
    expect(entries[3]!.after).toMatchObject({ version: 2, parts: { fit: true, engagement: false }, scores: { written: 1 }, mql: null });
  });

  it("refuses, changing nothing, a save over a newer version and a save of the rules in force", async () => {
    const current = (await activeRuleSet(database.prisma))!;
    const before = await footprint();
    const stale = saveScoringRules(database.prisma, { rules: { ...RULES, halfLifeDays: 7 }, baseVersion: 1 }, { actorId: adminId, at });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    const same = saveScoringRules(database.prisma, { rules: current.rules, baseVersion: current.version }, { actorId: adminId, at });
    await expect(same).rejects.toBeInstanceOf(AppError);
    await expect(same).rejects.toMatchObject({ code: "INVALID" });
    expect(await footprint()).toEqual(before);
  });

  it("a recompute under a superseded version stops without writing", async () => {
    const old = { ...(await activeRuleSet(database.prisma))!, id: 1, version: 1 };
    const before = await footprint();
    const counts = await recomputeScores(database.prisma, { ...old, rules: { ...old.rules, halfLifeDays: 1 } }, { engagement: true }, at);
    expect(counts).toMatchObject({ superseded: true, written: 0 });
    expect(await footprint()).toEqual(before);
  });
});
