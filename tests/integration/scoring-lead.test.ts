import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TouchpointType } from "@/generated/prisma/enums";
import { createLead, updateLead } from "@/lib/records/writes/lead";
import { selectFields } from "@/lib/records/writes/update-record";
import { rescoreLeadIn } from "@/lib/scoring/lead-scores";
import { scoreLeadsIn } from "@/lib/scoring/recompute";
import { emptyRules, fitRule as fit, type RuleSet, type ScoringRules } from "@/lib/scoring/rules";
import { scoreLead } from "@/lib/scoring/score";
import { activeRuleSet } from "@/lib/scoring/store";
import { LEAD_FIELDS, type LeadFields } from "@/lib/validation/records/lead";
import { saveAndRun } from "../support/scoring-runs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;

const RULES: ScoringRules = {
  fitRules: [fit("INDUSTRY", "Manufacturing", 30), fit("EMPLOYEES", null, 25, [100, 999]), fit("COUNTRY", "FI", 10), fit("TITLE", "chief", 15)],
  engagementPoints: { ...emptyRules().engagementPoints, WEB_VISIT: 6, MEETING: 35 },
  halfLifeDays: 30,
};

const lead = (n: number, fields: Partial<LeadFields> = {}): LeadFields => ({
  firstName: "Anna",
  lastName: `Virtanen ${n}`,
  email: `anna.${n}@kuura.fi`,
  phone: null,
  title: null,
  persona: null,
  company: null,
  companyDomain: null,
  industry: null,
  employees: null,
  country: null,
  source: "WEB",
  campaignId: null,
  segmentId: null,
  ownerId: null,
  externalId: null,
  ...fields,
});

describe("a lead's scores follow its own changes", () => {
  let database: TestDatabase;
  let adminId: number;
  let segmentId: number;
  let criteriaId: number;
  let ruleSet: RuleSet;

  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    adminId = (await prisma.user.create({ data: { email: "admin@lead-scores.test", name: "Admin", role: "ADMIN", passwordHash: "-" } })).id;
    segmentId = (await prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    criteriaId = (
      await prisma.mqlCriteria.create({
        data: { segmentId, version: 1, status: "ACTIVE", industries: [], countries: [], personas: [], titleKeywords: [], minEngagementScore: 30, withinDays: 60 },
      })
    ).id;
    await prisma.lead.create({ data: { firstName: "Early", lastName: "Lead", source: "WEB", industry: "Retail" } });
    await saveAndRun(prisma, { rules: RULES, baseVersion: 0 }, { actorId: adminId, at: new Date() });
    ruleSet = (await activeRuleSet(prisma))!;
  });
  afterAll(() => database.drop());

  const stored = (id: number) =>
    database.prisma.lead.findUniqueOrThrow({
      where: { id },
      select: {
        industry: true, employees: true, country: true, persona: true, title: true, source: true, version: true,
        fitScore: true, engagementScore: true, scoringRuleSetId: true, scoredAt: true, stage: true, status: true, mqlCriteriaId: true,
        touchpoints: { select: { type: true, occurredAt: true } },
      },
    });
  const editValues = async (id: number): Promise<LeadFields> => {
    const { version: _version, ...values } = await database.prisma.lead.findUniqueOrThrow({ where: { id }, select: selectFields(LEAD_FIELDS) });
    return values;
  };
  /** A full recompute of this lead as of `asOf`, as the run would do it: it finds nothing to write when the lead already holds it. */
  const recomputed = (id: number, asOf: Date, engagement: boolean) => scoreLeadsIn(database.prisma, ruleSet, { engagement }, asOf, { ids: [id] });

  it("a new lead is scored as it is created", async () => {
    const id = await createLead(database.prisma, lead(1, { industry: "Manufacturing", employees: 250, country: "FI" }), { actorId: adminId });
    const row = await stored(id);
    expect(row).toMatchObject({ fitScore: 65, engagementScore: 0, scoringRuleSetId: ruleSet.id });
    expect(await recomputed(id, row.scoredAt!, true)).toMatchObject({ written: 0 });
  });

  it("an edit of a field the fit rules read rescores its fit in the same transaction, keeping its engagement", async () => {
    const id = await createLead(database.prisma, lead(2, { industry: "Retail", employees: 20 }), { actorId: adminId });
    // Engagement as a recompute left it yesterday.
    const yesterday = new Date(Date.now() - DAY);
    await database.prisma.touchpoint.create({ data: { type: "WEB_VISIT", channel: "WEB", occurredAt: new Date(yesterday.getTime() - DAY), leadId: id } });
    await scoreLeadsIn(database.prisma, ruleSet, { engagement: true }, yesterday, { ids: [id] });
    const before = await stored(id);
    expect(before).toMatchObject({ fitScore: 0, engagementScore: 6, scoredAt: yesterday });

    const outcome = await updateLead(database.prisma, { id, version: before.version, values: { ...(await editValues(id)), industry: "Manufacturing", title: "Chief of staff" } }, { actorId: adminId });
    expect(outcome.changed).toEqual(["title", "industry"]);
    const after = await stored(id);
    expect(after.fitScore).toBe(scoreLead(RULES, after, after.touchpoints, yesterday).fit);
    expect(after).toMatchObject({ fitScore: 45, engagementScore: 6, scoredAt: yesterday, scoringRuleSetId: ruleSet.id, version: before.version + 1 });
    expect(await recomputed(id, yesterday, true)).toMatchObject({ written: 0 });
  });

  it("an edit of any other field leaves the scores alone", async () => {
    const id = await createLead(database.prisma, lead(3, { industry: "Manufacturing" }), { actorId: adminId });
    await database.prisma.lead.update({ where: { id }, data: { fitScore: 7 } });
    const { version } = await stored(id);
    await updateLead(database.prisma, { id, version, values: { ...(await editValues(id)), phone: "+358 40 123 4567", company: "Kuura Oy" } }, { actorId: adminId });
    expect(await stored(id)).toMatchObject({ fitScore: 7, version: version + 1 });
  });

  /** Adds a touchpoint to a lead as any write of one must: with the lead's rescoring in the same transaction. */
  const addTouch = (id: number, type: TouchpointType, at: Date) =>
    database.prisma.$transaction(async (tx) => {
      await tx.touchpoint.create({ data: { type, channel: "WEB", occurredAt: at, leadId: id } });
      return rescoreLeadIn(tx, id, { engagement: true }, { actorId: adminId, at });
    });

  it("a touchpoint rescores its engagement, and the lead alone is re-evaluated against its segment's MQL criteria", async () => {
    const [closed, open, next] = [
      await createLead(database.prisma, lead(4, { segmentId }), { actorId: adminId }),
      await createLead(database.prisma, lead(5, { segmentId }), { actorId: adminId }),
      await createLead(database.prisma, lead(6, { segmentId }), { actorId: adminId }),
    ];
    // Sales already accepted one; the last would qualify on a stored score no recompute has looked at yet.
    await database.prisma.lead.update({ where: { id: closed }, data: { stage: "COMPARISON", status: "ACCEPTED" } });
    await database.prisma.touchpoint.create({ data: { type: "MEETING", channel: "WEB", occurredAt: new Date(Date.now() - DAY), leadId: next } });
    await database.prisma.lead.update({ where: { id: next }, data: { engagementScore: 90 } });

    const now = new Date();
    const onClosed = await addTouch(closed, "MEETING", now);
    expect(onClosed).toMatchObject({ scores: { written: 1, engagementChanged: 1 }, mql: null });
    expect(await stored(closed)).toMatchObject({ engagementScore: 35, stage: "COMPARISON" });
    expect(await stored(next)).toMatchObject({ stage: "AWARENESS", status: "NEW" });

    const later = new Date();
    const onOpen = await addTouch(open, "MEETING", later);
    expect(onOpen).toMatchObject({ scores: { written: 1, engagementChanged: 1 }, mql: { checked: 1, qualified: 1, unqualified: 0 } });
    const row = await stored(open);
    expect(row.engagementScore).toBe(scoreLead(RULES, row, row.touchpoints, later).engagement);
    expect(row).toMatchObject({ engagementScore: 35, scoredAt: later, stage: "CONSIDERATION", status: "MQL", mqlCriteriaId: criteriaId });
    expect(await recomputed(open, later, true)).toMatchObject({ written: 0 });
    const transition = await database.prisma.stageTransition.findFirstOrThrow({ where: { entityKind: "LEAD", entityId: open }, orderBy: { id: "desc" } });
    expect(transition).toMatchObject({ fromStage: "AWARENESS", toStage: "CONSIDERATION", criteriaVersionId: criteriaId, actorId: adminId });
    // The next lead of the segment was not part of it.
    expect(await stored(next)).toMatchObject({ stage: "AWARENESS", status: "NEW", engagementScore: 90 });
  });

  it("a touch that leaves the engagement as it was re-evaluates nothing", async () => {
    const id = await createLead(database.prisma, lead(7, { segmentId }), { actorId: adminId });
    const outcome = await addTouch(id, "EMAIL", new Date());
    expect(outcome).toMatchObject({ scores: { written: 0, engagementChanged: 0 }, mql: null });
  });
});
