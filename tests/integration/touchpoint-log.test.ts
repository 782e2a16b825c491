import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, runAction, signInAs, takeRevalidated } from "../support/action-session";
import type { Role } from "@/generated/prisma/enums";
import { logContactTouchpointAction, logLeadTouchpointAction } from "@/lib/actions/touchpoints";
import { db } from "@/lib/db/client";
import { createContact } from "@/lib/records/writes/contact";
import { createLead } from "@/lib/records/writes/lead";
import { scoreLeadsIn } from "@/lib/scoring/recompute";
import { emptyRules, type RuleSet, type ScoringRules } from "@/lib/scoring/rules";
import { scoreLead } from "@/lib/scoring/score";
import { activeRuleSet } from "@/lib/scoring/store";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { saveAndRun } from "../support/scoring-runs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const HOUR = 3_600_000;

const RULES: ScoringRules = {
  fitRules: [],
  engagementPoints: { ...emptyRules().engagementPoints, WEB_VISIT: 6, MEETING: 35 },
  halfLifeDays: 30,
};

describe("logging a touchpoint on a lead's or a contact's page", () => {
  let database: TestDatabase;
  let users: Record<Role, RoleUser>;
  let segmentId: number;
  let criteriaId: number;
  let campaignId: number;
  let accountId: number;
  let ruleSet: RuleSet;
  let serial = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The actions use the app's own client, which connects on first use.
    process.env.DATABASE_URL = database.url;
    const prisma = database.prisma;
    users = await createRoleUsers(prisma);
    segmentId = (await prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    criteriaId = (
      await prisma.mqlCriteria.create({
        data: { segmentId, version: 1, status: "ACTIVE", industries: [], countries: [], personas: [], titleKeywords: [], minEngagementScore: 30, withinDays: 60 },
      })
    ).id;
    campaignId = (await prisma.campaign.create({ data: { name: "Autumn webinar", source: "WEBINAR", channel: "WEB", startsOn: new Date("2026-09-01T00:00:00Z") } })).id;
    accountId = (await prisma.account.create({ data: { name: "Kuura Oy", domain: "kuura.fi", industry: "Software", country: "FI" } })).id;
    await saveAndRun(prisma, { rules: RULES, baseVersion: 0 }, { actorId: users.ADMIN.id, at: new Date() });
    ruleSet = (await activeRuleSet(prisma))!;
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  const newLead = () =>
    createLead(
      database.prisma,
      { firstName: "Anna", lastName: `Virtanen ${++serial}`, email: `anna.${serial}@kuura.fi`, phone: null, title: null, persona: null, company: null, companyDomain: null, industry: null, employees: null, country: null, source: "WEB", campaignId: null, segmentId, ownerId: null, externalId: null },
      { actorId: null },
    );
  const newContact = () =>
    createContact(database.prisma, { firstName: "Ville", lastName: `Koski ${++serial}`, email: `ville.${serial}@kuura.fi`, phone: null, title: null, persona: null, accountId, ownerId: null, externalId: null }, { actorId: null });
  const leadRow = (id: number) =>
    database.prisma.lead.findUniqueOrThrow({
      where: { id },
      select: {
        industry: true, employees: true, country: true, persona: true, title: true, source: true,
        fitScore: true, engagementScore: true, scoredAt: true, firstTouchAt: true, stage: true, status: true, mqlCriteriaId: true, version: true,
        touchpoints: { select: { type: true, occurredAt: true } },
      },
    });
  // Everything a logged touchpoint could write.
  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "Touchpoint")::int AS touchpoints, (SELECT count(*) FROM "AuditLog")::int AS audit,
             (SELECT count(*) FROM "StageTransition")::int AS transitions,
             (SELECT string_agg(concat_ws(':', id, "firstTouchAt", "engagementScore", "scoredAt", stage, status), ',' ORDER BY id) FROM "Lead") AS leads`;
  const logOnLead = (values: Record<string, unknown>) => runAction(logLeadTouchpointAction, formData(values));

  it("a meeting on a lead is stored with who made it, audited, and its engagement and MQL stage follow as a full recompute would", async () => {
    const leadId = await newLead();
    signInAs(users.MARKETING);
    takeRevalidated();
    const occurredAt = new Date(Date.now() - HOUR);
    const outcome = await logOnLead({ recordId: leadId, type: "MEETING", channel: "IN_PERSON", occurredAt: occurredAt.toISOString(), campaignId, note: "Demo at their office" });
    expect(outcome).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
    const touchpointId = (outcome as { data: { id: number } }).data.id;

    expect(await database.prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpointId } })).toMatchObject({
      type: "MEETING", channel: "IN_PERSON", occurredAt, leadId, contactId: null, accountId: null, campaignId, userId: users.MARKETING.id, note: "Demo at their office",
    });
    const entry = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "touchpoint.create", entityId: String(touchpointId) } });
    expect(entry).toMatchObject({ actorId: users.MARKETING.id, entityKind: "TOUCHPOINT", after: expect.objectContaining({ leadId, type: "MEETING", userId: users.MARKETING.id }) });

    const lead = await leadRow(leadId);
    expect(lead).toMatchObject({ firstTouchAt: occurredAt, stage: "CONSIDERATION", status: "MQL", mqlCriteriaId: criteriaId });
    // The stored engagement is what the rules give for its touches at the instant it was scored, and a recompute then finds nothing to change.
    expect(lead.engagementScore).toBe(scoreLead(RULES, lead, lead.touchpoints, lead.scoredAt!).engagement);
    expect(lead.engagementScore).toBe(35);
    expect(await scoreLeadsIn(database.prisma, ruleSet, { engagement: true }, lead.scoredAt!, { ids: [leadId] })).toMatchObject({ written: 0 });
    expect(takeRevalidated()).toContain(`/leads/${leadId}`);
  });

  it("a lead's first touch by a person is the earliest one; touches no person made leave it alone", async () => {
    const leadId = await newLead();
    signInAs(users.ADMIN);
    const now = Date.now();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);

    expect(await logOnLead({ recordId: leadId, type: "WEB_VISIT", channel: "WEB", occurredAt: at(10).toISOString() })).toMatchObject({ ok: true });
    expect(await leadRow(leadId)).toMatchObject({ firstTouchAt: null, engagementScore: 6 });
    const visit = await database.prisma.touchpoint.findFirstOrThrow({ where: { leadId, type: "WEB_VISIT" } });
    expect(visit.userId).toBeNull();

    await logOnLead({ recordId: leadId, type: "EMAIL", channel: "EMAIL", occurredAt: at(5).toISOString() });
    expect((await leadRow(leadId)).firstTouchAt).toEqual(at(5));
    await logOnLead({ recordId: leadId, type: "TELEMARKETING_CALL", channel: "PHONE", occurredAt: at(2).toISOString() });
    expect((await leadRow(leadId)).firstTouchAt).toEqual(at(5));
    await logOnLead({ recordId: leadId, type: "MEETING", channel: "IN_PERSON", occurredAt: at(8).toISOString() });
    expect((await leadRow(leadId)).firstTouchAt).toEqual(at(8));
  });

  it("a touchpoint on a contact carries the contact's account and is audited", async () => {
    const contactId = await newContact();
    signInAs(users.MARKETING);
    takeRevalidated();
    const occurredAt = new Date(Date.now() - 2 * HOUR);
    const outcome = await runAction(logContactTouchpointAction, formData({ recordId: contactId, type: "TELEMARKETING_CALL", channel: "PHONE", occurredAt: occurredAt.toISOString() }));
    expect(outcome).toMatchObject({ ok: true });
    const touchpoint = await database.prisma.touchpoint.findFirstOrThrow({ where: { contactId } });
    expect(touchpoint).toMatchObject({ type: "TELEMARKETING_CALL", occurredAt, contactId, accountId, leadId: null, campaignId: null, userId: users.MARKETING.id, note: null });
    expect(await database.prisma.auditLog.count({ where: { action: "touchpoint.create", entityKind: "TOUCHPOINT", entityId: String(touchpoint.id), actorId: users.MARKETING.id } })).toBe(1);
    expect(takeRevalidated()).toContain(`/contacts/${contactId}`);
  });

  it.each([
    ["a time in the future", { occurredAt: new Date(Date.now() + HOUR).toISOString() }, "occurredAt", "A touchpoint cannot be in the future."],
    ["no time", { occurredAt: "" }, "occurredAt", "Enter the date and time it happened."],
    ["no type", { type: "" }, "type", "Choose one of the options."],
    ["an unknown channel", { channel: "PIGEON" }, "channel", "Choose one of the options."],
    ["a note over the limit", { note: "x".repeat(1001) }, "note", "This is too long."],
    ["a campaign that does not exist", { campaignId: 999_999 }, "campaignId", "Choose one from the list."],
  ])("%s is refused with the field's message and nothing is written", async (_case, change, field, message) => {
    const leadId = await newLead();
    signInAs(users.MARKETING);
    const before = await footprint();
    const outcome = await logOnLead({ recordId: leadId, type: "MEETING", channel: "IN_PERSON", occurredAt: new Date(Date.now() - HOUR).toISOString(), ...change });
    expect(outcome).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [message] } });
    expect(await footprint()).toEqual(before);
  });

  it("a lead or a contact that does not exist answers NOT_FOUND and nothing is written", async () => {
    signInAs(users.MARKETING);
    const before = await footprint();
    const values = { recordId: 999_999, type: "MEETING", channel: "IN_PERSON", occurredAt: new Date(Date.now() - HOUR).toISOString() };
    expect(await logOnLead(values)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(logContactTouchpointAction, formData(values))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await footprint()).toEqual(before);
  });
});
