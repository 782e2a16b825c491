import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityKind } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import type { UpdateOutcome } from "@/lib/records/writes/update-record";
import { formData, runAction, signInAs, type ActionOutcome } from "../support/action-session";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The write path of every kind, table-driven: create through the engine, a versioned
 * update, a stale one, invalid input and two concurrent edits. Account-specific cases
 * (domains, the unique-index race) are in record-writes-account.test.ts.
 */
type KindCase = {
  kind: EntityKind;
  entryStage: string;
  /** Valid values for create, unique by `n`. */
  values: (n: number) => Record<string, unknown>;
  create: (values: Record<string, unknown>) => Promise<number>;
  update: (edit: { id: number; version: number; base: Record<string, unknown>; values: Record<string, unknown> }, actorId: number) => Promise<UpdateOutcome>;
  /** A field to change, and two values for it. */
  change: { field: string; mine: unknown; theirs: unknown };
  createAction: () => (previous: ActionResult<never> | null, input: FormData) => Promise<ActionResult<never>>;
  /** Form text for create that the schema refuses, and the fields it names. */
  invalid: { form: Record<string, unknown>; fields: string[] };
  read: (id: number) => Promise<Record<string, unknown> & { version: number; stage: string }>;
};

describe("record writes", () => {
  let database: TestDatabase;
  let sales: RoleUser;
  let marketing: RoleUser;
  let accountId: number;
  let cases: KindCase[];

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    ({ SALES: sales, MARKETING: marketing } = await createRoleUsers(database.prisma));
    const [lead, contact, account, deal] = await Promise.all([
      import("@/lib/records/writes/lead"),
      import("@/lib/records/writes/contact"),
      import("@/lib/records/writes/account"),
      import("@/lib/records/writes/deal"),
    ]);
    const [leadActions, contactActions, accountActions, dealActions] = await Promise.all([
      import("@/lib/actions/records/lead"),
      import("@/lib/actions/records/contact"),
      import("@/lib/actions/records/account"),
      import("@/lib/actions/records/deal"),
    ]);
    const accountValues = (n: number) => ({ name: `Kuura ${n} Oy`, domain: `kuura${n}.fi`, industry: "Software", employees: null, country: "FI", segmentId: null, tier: null, ownerId: null, frameworkAgreement: false, expectedOrderIntervalDays: null, externalId: null });
    accountId = await account.createAccount(database.prisma, accountValues(0), { actorId: null });
    const actor = { actorId: null };
    const p = database.prisma;
    // The rows hold each kind's values as plain records; each write's own types are checked in its kind's code.
    cases = [
      {
        kind: "LEAD",
        entryStage: "AWARENESS",
        values: (n) => ({ firstName: "Anna", lastName: `Virtanen ${n}`, email: `anna.${n}@kuura.fi`, phone: null, title: null, persona: null, company: null, companyDomain: null, industry: null, employees: null, country: null, source: "WEB", campaignId: null, segmentId: null, ownerId: null, externalId: null }),
        create: (values) => lead.createLead(p, values as any, actor),
        update: (edit, actorId) => lead.updateLead(p, edit as any, { actorId }),
        change: { field: "title", mine: "CTO", theirs: "CEO" },
        createAction: () => leadActions.createLeadAction as any,
        invalid: { form: { firstName: "Anna", lastName: "", email: "ei-osoite", source: "FAX" }, fields: ["lastName", "email", "source"] },
        read: (id) => p.lead.findUniqueOrThrow({ where: { id } }) as any,
      },
      {
        kind: "CONTACT",
        entryStage: "AWARENESS",
        values: (n) => ({ firstName: "Ville", lastName: `Koski ${n}`, email: `ville.${n}@kuura.fi`, phone: null, title: null, persona: null, accountId, ownerId: null, externalId: null }),
        create: (values) => contact.createContact(p, values as any, actor),
        update: (edit, actorId) => contact.updateContact(p, edit as any, { actorId }),
        change: { field: "phone", mine: "+358 40 111", theirs: "+358 40 222" },
        createAction: () => contactActions.createContactAction as any,
        invalid: { form: { firstName: "", lastName: "Koski", persona: "BOSS" }, fields: ["firstName", "persona"] },
        read: (id) => p.contact.findUniqueOrThrow({ where: { id } }) as any,
      },
      {
        kind: "ACCOUNT",
        entryStage: "AWARENESS",
        values: (n) => accountValues(n),
        create: (values) => account.createAccount(p, values as any, actor),
        update: (edit, actorId) => account.updateAccount(p, edit as any, { actorId }),
        change: { field: "employees", mine: 40, theirs: 45 },
        createAction: () => accountActions.createAccountAction as any,
        invalid: { form: { name: "Kuura", industry: "Software", country: "FI", expectedOrderIntervalDays: "30" }, fields: ["expectedOrderIntervalDays"] },
        read: (id) => p.account.findUniqueOrThrow({ where: { id } }) as any,
      },
      {
        kind: "DEAL",
        entryStage: "EXPANSION",
        values: (n) => ({ name: `Laajennus ${n}`, accountId, amountMinor: 120_000, currency: "EUR", productLine: null, pipelineStage: "QUALIFICATION", closeDate: new Date("2026-09-30T00:00:00Z"), source: null, ownerId: null, externalId: null, type: "EXPANSION" }),
        create: (values) => deal.createDeal(p, values as any, actor),
        update: (edit, actorId) => deal.updateDeal(p, edit as any, { actorId }),
        change: { field: "amountMinor", mine: 150_000, theirs: 130_000 },
        createAction: () => dealActions.createDealAction as any,
        invalid: { form: { name: "Kauppa", accountId, type: "GIFT", amountMinor: "paljon", closeDate: "31.2.2026" }, fields: ["type", "amountMinor", "closeDate"] },
        read: (id) => p.deal.findUniqueOrThrow({ where: { id } }) as any,
      },
    ];
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  let unique = 1;
  const kinds = ["LEAD", "CONTACT", "ACCOUNT", "DEAL"] as const;
  const caseOf = (kind: EntityKind) => cases.find((c) => c.kind === kind)!;
  const auditOf = (kind: EntityKind, id: number) => database.prisma.auditLog.findMany({ where: { entityKind: kind, entityId: String(id) }, orderBy: { id: "asc" } });
  const editableOf = (c: KindCase, row: Record<string, unknown>) => Object.fromEntries(Object.keys(c.values(0)).filter((f) => f !== "type").map((f) => [f, row[f]]));

  it.each(kinds)("%s: create places it on the bow-tie with one entry transition and audits it", async (kind) => {
    const c = caseOf(kind);
    const id = await c.create(c.values(unique++));
    expect(await c.read(id)).toMatchObject({ stage: c.entryStage, version: 1 });
    expect(await database.prisma.stageTransition.findMany({ where: { entityKind: kind, entityId: id } })).toEqual([
      expect.objectContaining({ fromStage: null, toStage: c.entryStage }),
    ]);
    expect((await auditOf(kind, id)).map((entry) => entry.action)).toEqual([`${kind.toLowerCase()}.create`]);
  });

  it.each(kinds)("%s: update writes the changed field only, bumps the version and audits it before → after", async (kind) => {
    const c = caseOf(kind);
    const id = await c.create(c.values(unique++));
    const base = editableOf(c, await c.read(id));
    const outcome = await c.update({ id, version: 1, base, values: { ...base, [c.change.field]: c.change.mine } }, sales.id);
    expect(outcome).toEqual({ id, version: 2, changed: [c.change.field] });
    const row = await c.read(id);
    expect(row).toMatchObject({ [c.change.field]: c.change.mine, version: 2, stage: c.entryStage });
    const update = (await auditOf(kind, id)).filter((entry) => entry.action === `${kind.toLowerCase()}.update`);
    expect(update).toEqual([
      expect.objectContaining({ actorId: sales.id, before: { [c.change.field]: base[c.change.field], version: 1 }, after: { [c.change.field]: c.change.mine, version: 2 } }),
    ]);
  });

  it.each(kinds)("%s: an unchanged save writes nothing", async (kind) => {
    const c = caseOf(kind);
    const id = await c.create(c.values(unique++));
    const base = editableOf(c, await c.read(id));
    expect(await c.update({ id, version: 1, base, values: base }, sales.id)).toEqual({ id, version: 1, changed: [] });
    expect(await auditOf(kind, id)).toHaveLength(1);
  });

  it.each(kinds)("%s: a stale version is a CONFLICT naming the changed field, who changed it and the user's value; nothing changes", async (kind) => {
    const c = caseOf(kind);
    const id = await c.create(c.values(unique++));
    const base = editableOf(c, await c.read(id));
    await c.update({ id, version: 1, base, values: { ...base, [c.change.field]: c.change.theirs } }, marketing.id);
    const stale = c.update({ id, version: 1, base, values: { ...base, [c.change.field]: c.change.mine, externalId: "mine-too" } }, sales.id);
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      conflict: {
        currentVersion: 2,
        fields: [{ field: c.change.field, base: base[c.change.field], theirs: c.change.theirs, yours: c.change.mine, changedBy: marketing.name }],
      },
    });
    expect(await c.read(id)).toMatchObject({ [c.change.field]: c.change.theirs, externalId: null, version: 2 });
  });

  it.each(kinds)("%s: invalid input is INVALID with a message on each bad field, and nothing is written", async (kind) => {
    const c = caseOf(kind);
    signInAs(sales);
    const before = await database.prisma.auditLog.count();
    const outcome: ActionOutcome<never> = await runAction(c.createAction(), formData(c.invalid.form));
    expect(outcome).toMatchObject({ ok: false, code: "INVALID" });
    const fieldErrors = (outcome as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual([...c.invalid.fields].sort());
    for (const messages of Object.values(fieldErrors)) expect(messages[0]).not.toMatch(/^validation\./);
    expect(await database.prisma.auditLog.count()).toBe(before);
  });

  it.each(kinds)("%s: of two concurrent edits from the same version exactly one wins", async (kind) => {
    const c = caseOf(kind);
    const id = await c.create(c.values(unique++));
    const base = editableOf(c, await c.read(id));
    const results = await Promise.allSettled([
      c.update({ id, version: 1, base, values: { ...base, [c.change.field]: c.change.mine } }, sales.id),
      c.update({ id, version: 1, base, values: { ...base, [c.change.field]: c.change.theirs } }, marketing.id),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await c.read(id)).toMatchObject({ version: 2 });
    expect((await auditOf(kind, id)).filter((entry) => entry.action.endsWith(".update"))).toHaveLength(1);
  });

  describe("owners are active users", () => {
    it("refuses giving a record to a deactivated user, in the form's language, and writes nothing", async () => {
      const lead = caseOf("LEAD");
      const leaver = await database.prisma.user.create({ data: { email: `leaver${unique++}@rusetti.test`, name: "Lähtijä", passwordHash: "x", role: "SALES", active: false } });
      await expect(lead.create({ ...lead.values(unique++), ownerId: leaver.id })).rejects.toMatchObject({ fieldErrors: { ownerId: ["validation.ownerInactive"] } });

      const leadId = await lead.create(lead.values(unique++));
      const base = editableOf(lead, await lead.read(leadId));
      signInAs(sales);
      const { updateLeadAction } = await import("@/lib/actions/records/lead");
      const outcome = await runAction(updateLeadAction, formData({ ...base, id: leadId, version: 1, ownerId: leaver.id }));
      expect(outcome).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ownerId: ["This user has been deactivated; choose an active user."] } });
      expect(await lead.read(leadId)).toMatchObject({ version: 1, ownerId: null });
    });

    it("lets a record that already belongs to a deactivated user keep its owner while other fields change", async () => {
      const lead = caseOf("LEAD");
      const owner = await database.prisma.user.create({ data: { email: `owner${unique++}@rusetti.test`, name: "Entinen", passwordHash: "x", role: "SALES" } });
      const leadId = await lead.create({ ...lead.values(unique++), ownerId: owner.id });
      await database.prisma.user.update({ where: { id: owner.id }, data: { active: false } });
      const base = editableOf(lead, await lead.read(leadId));
      await expect(lead.update({ id: leadId, version: 1, base, values: { ...base, title: "Ostopäällikkö" } }, sales.id)).resolves.toMatchObject({ changed: ["title"] });
    });
  });

  describe("emails are one person's across leads and contacts", () => {
    it("refuses a contact with a lead's email, linking to the lead", async () => {
      const lead = caseOf("LEAD");
      const leadId = await lead.create({ ...lead.values(unique++), email: "sama@kuura.fi" });
      signInAs(sales);
      const outcome = await runAction((await import("@/lib/actions/records/contact")).createContactAction, formData({ firstName: "Sama", lastName: "Henkilö", email: "SAMA@kuura.fi" }));
      expect(outcome).toMatchObject({ ok: false, code: "CONFLICT", fieldLinks: { email: { href: `/leads/${leadId}` } }, fieldErrors: { email: ["A lead already has this value:"] } });
    });

    it("refuses a lead edit that takes a contact's email, and a second lead with the same email", async () => {
      const contact = caseOf("CONTACT");
      const lead = caseOf("LEAD");
      const contactId = await contact.create({ ...contact.values(unique++), email: "toinen@kuura.fi" });
      const leadId = await lead.create(lead.values(unique++));
      const base = editableOf(lead, await lead.read(leadId));
      await expect(lead.update({ id: leadId, version: 1, base, values: { ...base, email: "toinen@kuura.fi" } }, sales.id)).rejects.toMatchObject({
        fieldLinks: { email: { href: `/contacts/${contactId}` } },
      });
      await expect(lead.create({ ...lead.values(unique++), email: base.email })).rejects.toMatchObject({ fieldLinks: { email: { href: `/leads/${leadId}` } } });
    });

    it("decides a lead and a contact created with one email at the same moment one after the other", async () => {
      const [lead, contact] = [caseOf("LEAD"), caseOf("CONTACT")];
      const results = await Promise.allSettled([lead.create({ ...lead.values(unique++), email: "kilpa@kuura.fi" }), contact.create({ ...contact.values(unique++), email: "kilpa@kuura.fi" })]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    });

    it("hints at the account of a lead's company domain without refusing the lead", async () => {
      signInAs(sales);
      const { leadDomainHintAction } = await import("@/lib/actions/records/lead");
      expect(await runAction(leadDomainHintAction, { companyDomain: "https://www.kuura0.fi/" })).toEqual({ ok: true, data: { href: `/accounts/${accountId}`, label: "Kuura 0 Oy" } });
      const lead = caseOf("LEAD");
      expect(await lead.create({ ...lead.values(unique++), companyDomain: "kuura0.fi" })).toBeGreaterThan(0);
    });
  });

  describe("deals", () => {
    it("a new sale enters comparison and brings its prospect account there too", async () => {
      const c = caseOf("DEAL");
      const { createAccount } = await import("@/lib/records/writes/account");
      const prospect = await createAccount(database.prisma, { name: "Uusi Oy", domain: null, industry: "Retail", employees: null, country: "FI", segmentId: null, tier: null, ownerId: null, frameworkAgreement: false, expectedOrderIntervalDays: null, externalId: null }, { actorId: null });
      const id = await c.create({ ...c.values(unique++), accountId: prospect, type: "NEW" });
      expect(await c.read(id)).toMatchObject({ stage: "COMPARISON", status: "OPEN" });
      expect(await database.prisma.account.findUniqueOrThrow({ where: { id: prospect } })).toMatchObject({ stage: "COMPARISON" });
    });

    it("a closed deal keeps its pipeline stage whatever the form sends", async () => {
      const c = caseOf("DEAL");
      const id = await c.create(c.values(unique++));
      const { winDealIn } = await import("@/lib/bowtie/deals");
      await database.prisma.$transaction((tx) => winDealIn(tx, id, { actorId: null }));
      const row = await c.read(id);
      const base = editableOf(c, row);
      const outcome = await c.update({ id, version: row.version, base, values: { ...base, pipelineStage: "PROPOSAL", productLine: "Analytics" } }, sales.id);
      expect(outcome.changed).toEqual(["productLine"]);
      expect(await c.read(id)).toMatchObject({ pipelineStage: "CLOSED", status: "WON", productLine: "Analytics" });
    });

    it("refuses a deal on an account that does not exist with a field message", async () => {
      signInAs(sales);
      const { createDealAction } = await import("@/lib/actions/records/deal");
      const outcome = await runAction(createDealAction, formData({ name: "Haamu", accountId: 999_999, type: "NEW", amountMinor: "10", closeDate: "2026-09-30" }));
      expect(outcome).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { accountId: ["Choose one from the list."] } });
    });
  });
});
