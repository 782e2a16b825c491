import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { churnIn, completeOnboardingIn, startOnboardingIn } from "@/lib/bowtie/accounts";
import { loseDealIn, openDealIn, winDealIn } from "@/lib/bowtie/deals";
import { acceptLeadIn, convertLeadIn, createLeadIn, qualifyLeadIn, rejectLeadIn, type ActiveCriteria } from "@/lib/bowtie/leads";
import type { MqlRule } from "@/lib/bowtie/mql";
import type { Tx } from "@/lib/bowtie/tx";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const rule: MqlRule = {
  industries: ["Manufacturing"],
  minEmployees: 100,
  maxEmployees: 999,
  countries: [],
  personas: ["EXECUTIVE"],
  titleKeywords: [],
  minEngagementScore: 30,
  withinDays: 30,
};

describe("the bow-tie engine: one journey, left side to right side", () => {
  let database: TestDatabase;
  let criteria: ActiveCriteria;
  let segmentId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const segment = await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid-market", nameFi: "Keskisuuret", priority: 1 } });
    segmentId = segment.id;
    const row = await database.prisma.mqlCriteria.create({
      data: { segmentId, version: 3, status: "ACTIVE", ...rule },
    });
    criteria = { id: row.id, rule };
  });
  afterAll(() => database.drop());

  const tx = <T>(fn: (t: Tx) => Promise<T>) => database.prisma.$transaction(fn);
  const pathOf = async (entityKind: "LEAD" | "ACCOUNT" | "DEAL" | "CONTACT", entityId: number) =>
    (await database.prisma.stageTransition.findMany({ where: { entityKind, entityId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] })).map(
      (t) => `${t.fromStage ?? "∅"}→${t.toStage}`,
    );
  const newLead = (email: string, overrides: object = {}) =>
    tx((t) =>
      createLeadIn(
        t,
        { firstName: "Anna", lastName: "Virtanen", email, source: "WEBINAR", segmentId, industry: "Manufacturing", employees: 250, persona: "EXECUTIVE", engagementScore: 45, ...overrides },
        { actorId: null, at: day(0) },
      ),
    );

  it("qualifies, accepts, converts, wins, onboards, expands, churns and wins back", async () => {
    const leadId = await newLead("anna@kuusi.fi");
    await database.prisma.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: day(2), leadId } });

    const verdict = await tx((t) => qualifyLeadIn(t, leadId, criteria, { actorId: null, at: day(3) }));
    expect(verdict.qualifies).toBe(true);
    await tx((t) => acceptLeadIn(t, leadId, { actorId: null, at: day(4) }));
    const { accountId, contactId, dealId } = await tx((t) =>
      convertLeadIn(
        t,
        leadId,
        {
          account: { create: { name: "Kuusi Oy", domain: "kuusi.fi", industry: "Manufacturing", employees: 250, country: "FI", segmentId } },
          contact: { firstName: "Anna", lastName: "Virtanen", email: "anna@kuusi.fi", persona: "EXECUTIVE" },
          deal: { name: "Kuusi platform", amountMinor: 2_400_000, closeDate: day(60) },
        },
        { actorId: null, at: day(5) },
      ),
    );
    await tx((t) => winDealIn(t, dealId, { actorId: null, at: day(40) }));
    await tx((t) => startOnboardingIn(t, accountId, { actorId: null, at: day(42) }));
    await tx((t) => completeOnboardingIn(t, accountId, { actorId: null, at: day(90) }));
    const expansionId = await tx((t) =>
      openDealIn(t, { name: "Analytics add-on", accountId, type: "EXPANSION", amountMinor: 600_000, closeDate: day(200) }, { actorId: null, at: day(150) }),
    );
    await tx((t) => winDealIn(t, expansionId, { actorId: null, at: day(180) }));
    await tx((t) => churnIn(t, accountId, { actorId: null, at: day(400), reason: "Moved to a competitor" }));
    const winBack = await tx((t) =>
      openDealIn(t, { name: "Kuusi return", accountId, type: "NEW", amountMinor: 1_800_000, closeDate: day(500) }, { actorId: null, at: day(450) }),
    );
    await tx((t) => winDealIn(t, winBack, { actorId: null, at: day(480) }));

    expect(await pathOf("LEAD", leadId)).toEqual(["∅→AWARENESS", "AWARENESS→CONSIDERATION", "CONSIDERATION→COMPARISON"]);
    expect(await pathOf("CONTACT", contactId)).toEqual(["∅→COMPARISON"]);
    expect(await pathOf("DEAL", dealId)).toEqual(["∅→COMPARISON", "COMPARISON→PURCHASE"]);
    expect(await pathOf("DEAL", expansionId)).toEqual(["∅→EXPANSION"]);
    expect(await pathOf("ACCOUNT", accountId)).toEqual([
      "∅→COMPARISON",
      "COMPARISON→PURCHASE",
      "PURCHASE→ONBOARDING",
      "ONBOARDING→IMPACT",
      "IMPACT→EXPANSION",
      "EXPANSION→CHURNED",
      "CHURNED→PURCHASE",
    ]);

    const lead = await database.prisma.lead.findUniqueOrThrow({ where: { id: leadId } });
    expect(lead).toMatchObject({ stage: "COMPARISON", status: "CONVERTED", mqlCriteriaId: criteria.id, accountId, convertedDealId: dealId, convertedContactId: contactId });
    const qualification = await database.prisma.stageTransition.findFirstOrThrow({ where: { entityKind: "LEAD", entityId: leadId, toStage: "CONSIDERATION" } });
    expect(qualification.criteriaVersionId).toBe(criteria.id);
    const account = await database.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(account).toMatchObject({ stage: "PURCHASE", customerSince: day(40), churnedAt: null });
    const deal = await database.prisma.deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(deal).toMatchObject({ status: "WON", stage: "PURCHASE", source: "WEBINAR", closedAt: day(40) });
  });

  it("does not qualify a lead that fails the criteria, and says which ones failed", async () => {
    const leadId = await newLead("pekka@pieni.fi", { employees: 20 });
    const verdict = await tx((t) => qualifyLeadIn(t, leadId, criteria, { actorId: null, at: day(3) }));
    expect(verdict.checks.filter((c) => !c.pass).map((c) => c.key)).toEqual(["companySize", "recency"]);
    expect(await pathOf("LEAD", leadId)).toEqual(["∅→AWARENESS"]);
  });

  it("sends a rejected MQL back to awareness with the reason", async () => {
    const leadId = await newLead("liisa@kuusi.fi");
    await database.prisma.touchpoint.create({ data: { type: "DOWNLOAD", channel: "WEB", occurredAt: day(1), leadId } });
    await tx((t) => qualifyLeadIn(t, leadId, criteria, { actorId: null, at: day(2) }));
    await tx((t) => rejectLeadIn(t, leadId, { actorId: null, at: day(3), reason: "NO_BUDGET", note: "Budget next year" }));
    expect(await pathOf("LEAD", leadId)).toEqual(["∅→AWARENESS", "AWARENESS→CONSIDERATION", "CONSIDERATION→AWARENESS"]);
    expect(await database.prisma.lead.findUniqueOrThrow({ where: { id: leadId } })).toMatchObject({ status: "REJECTED", rejectionReason: "NO_BUDGET" });
    // A rejected lead is not re-qualified by the same agreement without someone reopening it.
    await tx((t) => qualifyLeadIn(t, leadId, criteria, { actorId: null, at: day(4) }));
    expect(await pathOf("LEAD", leadId)).toHaveLength(3);
  });

  it("loses a deal without moving it, and refuses to close a closed deal", async () => {
    const account = await database.prisma.account.create({ data: { name: "Koivu Oy", industry: "Energy", country: "FI", segmentId } });
    const dealId = await tx((t) => openDealIn(t, { name: "Koivu", accountId: account.id, type: "NEW", amountMinor: 500_000, closeDate: day(30) }, { actorId: null, at: day(1) }));
    await tx((t) => loseDealIn(t, dealId, { actorId: null, at: day(20), reason: "PRICE" }));
    expect(await database.prisma.deal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ status: "LOST", stage: "COMPARISON", lostReason: "PRICE" });
    await expect(tx((t) => winDealIn(t, dealId, { actorId: null, at: day(21) }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await pathOf("DEAL", dealId)).toEqual(["∅→COMPARISON"]);
    expect(await pathOf("ACCOUNT", account.id)).toEqual(["AWARENESS→COMPARISON"]);
  });

  it("refuses steps out of order and writes nothing for them", async () => {
    const account = await database.prisma.account.create({ data: { name: "Tammi Oy", industry: "Energy", country: "FI", segmentId } });
    await expect(tx((t) => completeOnboardingIn(t, account.id, { actorId: null }))).rejects.toMatchObject({ code: "INVALID" });
    await expect(tx((t) => churnIn(t, account.id, { actorId: null, reason: "x" }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await pathOf("ACCOUNT", account.id)).toEqual([]);
  });

  it("keeps every record's stage equal to the last transition's destination", async () => {
    const { rows } = await database.pool.query(`
      WITH last AS (
        SELECT DISTINCT ON ("entityKind", "entityId") "entityKind", "entityId", "toStage"
          FROM "StageTransition" ORDER BY "entityKind", "entityId", "occurredAt" DESC, id DESC)
      SELECT count(*)::int AS mismatches FROM last
        LEFT JOIN "Lead" l ON last."entityKind" = 'LEAD' AND l.id = last."entityId"
        LEFT JOIN "Deal" d ON last."entityKind" = 'DEAL' AND d.id = last."entityId"
        LEFT JOIN "Account" a ON last."entityKind" = 'ACCOUNT' AND a.id = last."entityId"
        LEFT JOIN "Contact" c ON last."entityKind" = 'CONTACT' AND c.id = last."entityId"
       WHERE coalesce(l.stage, d.stage, a.stage, c.stage) IS DISTINCT FROM last."toStage"`);
    expect(rows[0].mismatches).toBe(0);
  });
});
