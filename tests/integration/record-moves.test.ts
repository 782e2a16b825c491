import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-session";
import type { EntityKind, Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { completeOnboardingIn, startOnboardingIn } from "@/lib/bowtie/accounts";
import { openDealIn, winDealIn } from "@/lib/bowtie/deals";
import { acceptLeadIn, createLeadIn, qualifyLeadIn } from "@/lib/bowtie/leads";
import type { MqlRule } from "@/lib/bowtie/mql";
import type { Tx } from "@/lib/bowtie/tx";
import type { CurrentUser } from "@/lib/auth/current-user";
import { churnAccountAction, completeOnboardingAction, openExpansionAction, startOnboardingAction } from "@/lib/actions/moves/account";
import { loseDealAction, winDealAction } from "@/lib/actions/moves/deal";
import { acceptLeadAction, convertLeadAction, qualifyLeadAction, rejectLeadAction } from "@/lib/actions/moves/lead";
import { db } from "@/lib/db/client";
import { createRoleUsers } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

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

type Action = (previous: null, input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
type Prepared = { kind: EntityKind; id: number; input: Record<string, unknown> };

describe("bow-tie moves from the record pages", () => {
  let database: TestDatabase;
  let users: Record<Role, CurrentUser>;
  let segmentId: number;
  let criteria: { id: number; rule: MqlRule };
  let serial = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The actions use the app's own client, which connects on first use.
    process.env.DATABASE_URL = database.url;
    users = await createRoleUsers(database.prisma);
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    const row = await database.prisma.mqlCriteria.create({ data: { segmentId, version: 2, status: "ACTIVE", ...rule } });
    criteria = { id: row.id, rule };
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  const tx = <T>(fn: (t: Tx) => Promise<T>) => database.prisma.$transaction(fn);
  const versionOf = async (kind: EntityKind, id: number) => {
    const where = { where: { id }, select: { version: true } };
    const row =
      kind === "LEAD" ? await database.prisma.lead.findUnique(where)
      : kind === "DEAL" ? await database.prisma.deal.findUnique(where)
      : await database.prisma.account.findUnique(where);
    return row!.version;
  };

  /** A lead that meets the criteria, in awareness, touched yesterday. */
  async function awarenessLead(overrides: object = {}) {
    serial++;
    const id = await tx((t) =>
      createLeadIn(
        t,
        { firstName: "Anna", lastName: `Lead ${serial}`, email: `anna${serial}@kuusi.fi`, source: "WEBINAR", segmentId, company: `Kuusi ${serial} Oy`, industry: "Manufacturing", employees: 250, country: "FI", persona: "EXECUTIVE", engagementScore: 45, ...overrides },
        { actorId: null },
      ),
    );
    await database.prisma.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: new Date(Date.now() - 86_400_000), leadId: id } });
    return id;
  }
  async function considerationLead() {
    const id = await awarenessLead();
    await tx((t) => qualifyLeadIn(t, id, criteria, { actorId: null }));
    return id;
  }
  async function comparisonLead() {
    const id = await considerationLead();
    await tx((t) => acceptLeadIn(t, id, { actorId: null }));
    return id;
  }
  async function account(stage: "COMPARISON" | "PURCHASE" | "ONBOARDING" | "IMPACT") {
    serial++;
    const created = await database.prisma.account.create({ data: { name: `Account ${serial}`, industry: "Manufacturing", country: "FI", segmentId, stage: "COMPARISON" } });
    if (stage === "COMPARISON") return created.id;
    const dealId = await openDeal(created.id);
    await tx((t) => winDealIn(t, dealId, { actorId: null }));
    if (stage === "ONBOARDING") await tx((t) => startOnboardingIn(t, created.id, { actorId: null }));
    if (stage === "IMPACT") await tx((t) => completeOnboardingIn(t, created.id, { actorId: null }));
    return created.id;
  }
  const openDeal = (accountId: number) =>
    tx((t) => openDealIn(t, { name: `Deal ${++serial}`, accountId, type: "NEW", amountMinor: 1_200_000, closeDate: new Date("2026-12-31") }, { actorId: null }));

  const move = async (kind: EntityKind, id: number, extra: object = {}): Promise<Prepared> => ({ kind, id, input: { id, version: await versionOf(kind, id), ...extra } });
  const dealFields = { dealName: "Platform", dealAmountMinor: "24 000,00", dealCloseDate: "31.12.2026", dealProductLine: "", dealOwnerId: "" };

  // Each move: who may not make it, how to set up a record it applies to, and what a success writes for that record.
  const CASES: { name: string; action: Action; refused: Role; prepare: () => Promise<Prepared>; transitions: number; audits: number }[] = [
    { name: "qualify", action: qualifyLeadAction as Action, refused: "LEADERSHIP", prepare: async () => move("LEAD", await awarenessLead()), transitions: 1, audits: 1 },
    { name: "accept", action: acceptLeadAction as Action, refused: "LEADERSHIP", prepare: async () => move("LEAD", await considerationLead()), transitions: 1, audits: 1 },
    { name: "reject", action: rejectLeadAction as Action, refused: "LEADERSHIP", prepare: async () => move("LEAD", await considerationLead(), { reason: "NO_BUDGET", note: "Next year" }), transitions: 1, audits: 1 },
    {
      name: "convert into a new account",
      action: convertLeadAction as Action,
      refused: "MARKETING",
      prepare: async () => move("LEAD", await comparisonLead(), { accountMode: "new", accountName: "Kuusi Oy", accountDomain: `kuusi${serial}.fi`, accountIndustry: "Manufacturing", accountEmployees: "250", accountCountry: "fi", accountSegmentId: String(segmentId), ...dealFields }),
      // The lead was already in comparison: its conversion is a field change, not a move.
      transitions: 0,
      audits: 1,
    },
    {
      name: "convert into an existing account",
      action: convertLeadAction as Action,
      refused: "LEADERSHIP",
      prepare: async () => move("LEAD", await considerationLead(), { accountMode: "existing", accountId: String(await account("COMPARISON")), ...dealFields }),
      transitions: 1,
      audits: 1,
    },
    { name: "win", action: winDealAction as Action, refused: "MARKETING", prepare: async () => move("DEAL", await openDeal(await account("COMPARISON"))), transitions: 1, audits: 1 },
    { name: "lose", action: loseDealAction as Action, refused: "MARKETING", prepare: async () => move("DEAL", await openDeal(await account("COMPARISON")), { reason: "PRICE" }), transitions: 0, audits: 1 },
    { name: "start onboarding", action: startOnboardingAction as Action, refused: "MARKETING", prepare: async () => move("ACCOUNT", await account("PURCHASE")), transitions: 1, audits: 1 },
    { name: "complete onboarding", action: completeOnboardingAction as Action, refused: "LEADERSHIP", prepare: async () => move("ACCOUNT", await account("ONBOARDING")), transitions: 1, audits: 1 },
    { name: "open an expansion deal", action: openExpansionAction as Action, refused: "MARKETING", prepare: async () => move("ACCOUNT", await account("IMPACT"), dealFields), transitions: 0, audits: 0 },
    { name: "churn", action: churnAccountAction as Action, refused: "MARKETING", prepare: async () => move("ACCOUNT", await account("IMPACT"), { reason: "Moved to a competitor" }), transitions: 1, audits: 1 },
  ];

  const recordLog = async ({ kind, id }: Prepared) => ({
    transitions: await database.prisma.stageTransition.count({ where: { entityKind: kind, entityId: id } }),
    audits: await database.prisma.auditLog.count({ where: { entityKind: kind, entityId: String(id) } }),
  });
  /** Every table a move can write, counted, and the record's version. */
  const everything = async (prepared: Prepared) => ({
    transitions: await database.prisma.stageTransition.count(),
    audits: await database.prisma.auditLog.count(),
    leads: await database.prisma.lead.count(),
    contacts: await database.prisma.contact.count(),
    accounts: await database.prisma.account.count(),
    deals: await database.prisma.deal.count(),
    version: await versionOf(prepared.kind, prepared.id),
  });

  describe.each(CASES)("$name", ({ action, refused, prepare, transitions, audits }) => {
    it("succeeds, writing its transition and audit entry through the engine", async () => {
      const prepared = await prepare();
      const before = await recordLog(prepared);
      signInAs(users.SALES);
      const result = await action(null, prepared.input);
      expect(result).toMatchObject({ ok: true });
      expect(await recordLog(prepared)).toEqual({ transitions: before.transitions + transitions, audits: before.audits + audits });
      const moved = await database.prisma.stageTransition.findFirst({ where: { entityKind: prepared.kind, entityId: prepared.id }, orderBy: { id: "desc" } });
      if (transitions > 0) expect(moved?.actorId).toBe(users.SALES.id);
    });

    it("refuses a stale version with a conflict and changes nothing", async () => {
      const prepared = await prepare();
      const before = await everything(prepared);
      signInAs(users.ADMIN);
      const result = await action(null, { ...prepared.input, version: Number(prepared.input.version) + 1 });
      expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("Reload") });
      expect(await everything(prepared)).toEqual(before);
    });

    it("refuses bad input as invalid and changes nothing", async () => {
      const prepared = await prepare();
      const before = await everything(prepared);
      signInAs(users.ADMIN);
      const result = await action(null, { ...prepared.input, version: "yesterday" });
      expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { version: [expect.any(String)] } });
      expect(await everything(prepared)).toEqual(before);
    });

    it(`refuses the ${refused} role and changes nothing`, async () => {
      const prepared = await prepare();
      const before = await everything(prepared);
      signInAs(users[refused]);
      expect(await action(null, prepared.input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await everything(prepared)).toEqual(before);
    });
  });

  it("qualifying a lead that misses criteria writes nothing and says which it missed", async () => {
    const leadId = await awarenessLead({ industry: "Retail", engagementScore: 10 });
    const prepared = await move("LEAD", leadId);
    const before = await everything(prepared);
    signInAs(users.MARKETING);
    const result = await qualifyLeadAction(null, prepared.input as never);
    expect(result).toMatchObject({ ok: true, data: { qualified: false, criteriaVersion: 2 } });
    const failed = result.ok ? result.data.checks.filter((check) => !check.pass).map((check) => check.key) : [];
    expect(failed).toEqual(["industry", "engagement"]);
    expect(await everything(prepared)).toEqual(before);
  });

  it("rejecting records the reason and the note on the lead", async () => {
    const leadId = await considerationLead();
    signInAs(users.SALES);
    await rejectLeadAction(null, { id: leadId, version: await versionOf("LEAD", leadId), reason: "BAD_TIMING", note: " Call in spring " });
    expect(await database.prisma.lead.findUnique({ where: { id: leadId }, select: { stage: true, status: true, rejectionReason: true, rejectionNote: true } })).toEqual({
      stage: "AWARENESS",
      status: "REJECTED",
      rejectionReason: "BAD_TIMING",
      rejectionNote: "Call in spring",
    });
  });

  it("a rejection needs a reason from the list", async () => {
    const leadId = await considerationLead();
    signInAs(users.SALES);
    const result = await rejectLeadAction(null, { id: leadId, version: await versionOf("LEAD", leadId), reason: "BORED" } as never);
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reason: ["Choose one of the options."] } });
  });

  it("converting links the lead to its new contact, account and deal", async () => {
    const leadId = await comparisonLead();
    signInAs(users.SALES);
    const result = await convertLeadAction(null, {
      id: leadId, version: await versionOf("LEAD", leadId), accountMode: "new", accountName: "Kuusi Oy", accountDomain: "https://www.Kuusi-converted.fi/", accountIndustry: "Manufacturing",
      accountEmployees: "250", accountCountry: "FI", accountSegmentId: String(segmentId), ...dealFields,
    });
    expect(result.ok).toBe(true);
    const lead = await database.prisma.lead.findUniqueOrThrow({ where: { id: leadId }, include: { convertedDeal: true, convertedContact: true, account: true } });
    expect(lead).toMatchObject({ status: "CONVERTED", account: { name: "Kuusi Oy", domain: "kuusi-converted.fi", stage: "COMPARISON" } });
    expect(lead.convertedDeal).toMatchObject({ name: "Platform", amountMinor: 2_400_000, type: "NEW", source: "WEBINAR", ownerId: users.SALES.id });
    expect(lead.convertedContact).toMatchObject({ firstName: "Anna", email: lead.email, accountId: lead.accountId });
  });

  it("converting asks for the deal's fields and names each one missing", async () => {
    const leadId = await comparisonLead();
    signInAs(users.SALES);
    const result = await convertLeadAction(null, { id: leadId, version: await versionOf("LEAD", leadId), accountMode: "new", accountName: "", accountCountry: "Finland", dealName: "", dealAmountMinor: "lots", dealCloseDate: "" } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["accountCountry", "accountIndustry", "accountName", "dealAmountMinor", "dealCloseDate", "dealName"]);
  });

  it("a move the record's state does not allow is refused with a clear message", async () => {
    const dealId = await openDeal(await account("COMPARISON"));
    signInAs(users.SALES);
    await winDealAction(null, { id: dealId, version: await versionOf("DEAL", dealId) });
    const again = await loseDealAction(null, { id: dealId, version: await versionOf("DEAL", dealId), reason: "PRICE" });
    expect(again).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("not possible") });
  });

  it("an expansion deal enters expansion with its one transition and audit entry, the account stays", async () => {
    const accountId = await account("IMPACT");
    signInAs(users.SALES);
    const result = await openExpansionAction(null, { id: accountId, version: await versionOf("ACCOUNT", accountId), ...dealFields });
    const dealId = result.ok ? result.data.dealId : -1;
    expect(await database.prisma.deal.findUnique({ where: { id: dealId }, select: { type: true, stage: true, status: true, accountId: true } })).toEqual({
      type: "EXPANSION", stage: "EXPANSION", status: "OPEN", accountId,
    });
    expect(await recordLog({ kind: "DEAL", id: dealId, input: {} })).toEqual({ transitions: 1, audits: 1 });
    expect(await database.prisma.account.findUnique({ where: { id: accountId }, select: { stage: true } })).toEqual({ stage: "IMPACT" });
  });
});
