import { afterAll, beforeAll, describe, expect } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/permissions";
import { winDealIn } from "@/lib/bowtie/deals";
import { formData, runAction } from "../support/action-session";
import { permissionMatrix, type MatrixCall, type MatrixRow } from "../support/permission-matrix";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type Actions = {
  lead: typeof import("@/lib/actions/records/lead");
  contact: typeof import("@/lib/actions/records/contact");
  account: typeof import("@/lib/actions/records/account");
  deal: typeof import("@/lib/actions/records/deal");
  search: typeof import("@/lib/actions/records/account-search");
  leadMoves: typeof import("@/lib/actions/moves/lead");
  dealMoves: typeof import("@/lib/actions/moves/deal");
  accountMoves: typeof import("@/lib/actions/moves/account");
  assignOwner: typeof import("@/lib/actions/bulk/assign-owner");
  moveStage: typeof import("@/lib/actions/bulk/move-stage");
  saveView: typeof import("@/lib/actions/views/save-view");
  touchpoints: typeof import("@/lib/actions/touchpoints");
};
type Writes = {
  lead: typeof import("@/lib/records/writes/lead");
  contact: typeof import("@/lib/records/writes/contact");
  account: typeof import("@/lib/records/writes/account");
  deal: typeof import("@/lib/records/writes/deal");
};

// What an allowed call answers when it stays on its page instead of opening a record.
const STAYS = { answer: { ok: true } } as const;

const EVERYONE = ROLES;
const SALES_AND_MARKETING: readonly Role[] = ["ADMIN", "SALES", "MARKETING"];
const SALES_ONLY: readonly Role[] = ["ADMIN", "SALES"];
const MARKETING_ONLY: readonly Role[] = ["ADMIN", "MARKETING"];

describe("who may call each record action: writes, moves, bulk actions, saved views, touchpoints", () => {
  let database: TestDatabase;
  let users: Record<Role, RoleUser>;
  let actions: Actions;
  let writes: Writes;
  let accountId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    users = await createRoleUsers(database.prisma);
    actions = {
      lead: await import("@/lib/actions/records/lead"),
      contact: await import("@/lib/actions/records/contact"),
      account: await import("@/lib/actions/records/account"),
      deal: await import("@/lib/actions/records/deal"),
      search: await import("@/lib/actions/records/account-search"),
      leadMoves: await import("@/lib/actions/moves/lead"),
      dealMoves: await import("@/lib/actions/moves/deal"),
      accountMoves: await import("@/lib/actions/moves/account"),
      assignOwner: await import("@/lib/actions/bulk/assign-owner"),
      moveStage: await import("@/lib/actions/bulk/move-stage"),
      saveView: await import("@/lib/actions/views/save-view"),
      touchpoints: await import("@/lib/actions/touchpoints"),
    };
    writes = {
      lead: await import("@/lib/records/writes/lead"),
      contact: await import("@/lib/records/writes/contact"),
      account: await import("@/lib/records/writes/account"),
      deal: await import("@/lib/records/writes/deal"),
    };
    accountId = await writes.account.createAccount(database.prisma, account(0), { actorId: null });
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  const lead = (n: number) => ({ firstName: "Anna", lastName: `Virtanen ${n}`, email: `anna.${n}@kuura.fi`, phone: null, title: null, persona: null, company: null, companyDomain: null, industry: null, employees: null, country: null, source: "WEB" as const, campaignId: null, segmentId: null, ownerId: null, externalId: null });
  const contact = (n: number) => ({ firstName: "Ville", lastName: `Koski ${n}`, email: `ville.${n}@kuura.fi`, phone: null, title: null, persona: null, accountId: null, ownerId: null, externalId: null });
  const account = (n: number) => ({ name: `Kuura ${n} Oy`, domain: `kuura${n}.fi`, industry: "Software", employees: null, country: "FI", segmentId: null, tier: null, ownerId: null, frameworkAgreement: false, expectedOrderIntervalDays: null, externalId: null });
  const deal = (n: number) => ({ name: `Deal ${n}`, accountId, amountMinor: 100_000, currency: "EUR", productLine: null, pipelineStage: "QUALIFICATION" as const, closeDate: new Date("2026-09-30T00:00:00Z"), source: null, ownerId: null, externalId: null });

  // An update row opens a fresh record and submits it with one field changed, as its edit form would.
  async function edit(create: () => Promise<number>, values: Record<string, unknown>, change: Record<string, unknown>) {
    const id = await create();
    return formData({ ...values, ...change, id, version: 1, base: values });
  }

  const newLead = (n: number) => writes.lead.createLead(database.prisma, lead(n), { actorId: null });
  const newDeal = (n: number) => writes.deal.createDeal(database.prisma, { ...deal(n), type: "NEW" }, { actorId: null });
  // A customer of its own: an account whose first deal was won, so it stands at purchase.
  async function newCustomer(n: number): Promise<number> {
    const customer = await writes.account.createAccount(database.prisma, account(n), { actorId: null });
    const won = await writes.deal.createDeal(database.prisma, { ...deal(n), accountId: customer, type: "NEW" }, { actorId: null });
    await database.prisma.$transaction((tx) => winDealIn(tx, won, { actorId: null }));
    return customer;
  }
  const versionOf = async (table: "lead" | "deal" | "account", id: number) =>
    (await (database.prisma[table] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ version: number }> }).findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const move =
    <I, T>(action: (previous: ActionResult<T> | null, input: I) => Promise<ActionResult<T>>, input: I): MatrixCall =>
    () =>
      runAction(action, input);

  const runEdit = (action: Parameters<typeof runAction<FormData, never>>[0], input: FormData): MatrixCall => () => runAction(action, input);

  const ROWS: MatrixRow[] = [
    { action: "createLeadAction", allowed: SALES_AND_MARKETING, prepare: async (n) => () => runAction(actions.lead.createLeadAction, formData(lead(n))) },
    {
      action: "updateLeadAction",
      allowed: SALES_AND_MARKETING,
      prepare: async (n) => runEdit(actions.lead.updateLeadAction, await edit(() => writes.lead.createLead(database.prisma, lead(n), { actorId: null }), lead(n), { title: "CTO" })),
    },
    { action: "leadDomainHintAction", allowed: SALES_AND_MARKETING, prepare: async () => () => runAction(actions.lead.leadDomainHintAction, { companyDomain: "kuura0.fi" }), reads: true },
    { action: "createContactAction", allowed: SALES_AND_MARKETING, prepare: async (n) => () => runAction(actions.contact.createContactAction, formData(contact(n))) },
    {
      action: "updateContactAction",
      allowed: SALES_AND_MARKETING,
      prepare: async (n) => runEdit(actions.contact.updateContactAction, await edit(() => writes.contact.createContact(database.prisma, contact(n), { actorId: null }), contact(n), { title: "CFO" })),
    },
    { action: "createAccountAction", allowed: SALES_ONLY, prepare: async (n) => () => runAction(actions.account.createAccountAction, formData(account(n))) },
    {
      action: "updateAccountAction",
      allowed: SALES_ONLY,
      prepare: async (n) => runEdit(actions.account.updateAccountAction, await edit(() => writes.account.createAccount(database.prisma, account(n), { actorId: null }), account(n), { industry: "Energy" })),
    },
    { action: "createDealAction", allowed: SALES_ONLY, prepare: async (n) => () => runAction(actions.deal.createDealAction, formData({ ...deal(n), type: "NEW", closeDate: "2026-09-30", amountMinor: "1000,00" })) },
    {
      action: "updateDealAction",
      allowed: SALES_ONLY,
      prepare: async (n) => {
        const values = { ...deal(n), closeDate: "2026-09-30T00:00:00.000Z" };
        const id = await writes.deal.createDeal(database.prisma, { ...deal(n), type: "NEW" }, { actorId: null });
        return runEdit(actions.deal.updateDealAction, formData({ ...values, closeDate: "2026-09-30", amountMinor: "2000,00", id, version: 1, base: values }));
      },
    },
    { action: "searchAccountsAction", allowed: EVERYONE, prepare: async () => () => runAction(actions.search.searchAccountsAction, { query: "Kuura" }), reads: true },
    // Bow-tie moves: each needs the edit right of the kind it moves.
    { action: "acceptLeadAction", allowed: SALES_AND_MARKETING, ...STAYS, prepare: async (n) => move(actions.leadMoves.acceptLeadAction, { id: await newLead(n), version: 1 }) },
    { action: "winDealAction", allowed: SALES_ONLY, ...STAYS, prepare: async (n) => move(actions.dealMoves.winDealAction, { id: await newDeal(n), version: 1 }) },
    { action: "loseDealAction", allowed: SALES_ONLY, ...STAYS, prepare: async (n) => move(actions.dealMoves.loseDealAction, { id: await newDeal(n), version: 1, reason: "PRICE" }) },
    {
      action: "startOnboardingAction",
      allowed: SALES_ONLY,
      ...STAYS,
      prepare: async (n) => {
        const id = await newCustomer(n);
        return move(actions.accountMoves.startOnboardingAction, { id, version: await versionOf("account", id) });
      },
    },
    {
      action: "churnAccountAction",
      allowed: SALES_ONLY,
      ...STAYS,
      prepare: async (n) => {
        const id = await newCustomer(n);
        return move(actions.accountMoves.churnAccountAction, { id, version: await versionOf("account", id), reason: "Moved to a competitor" });
      },
    },
    // Bulk actions: the kind's edit right decides, whichever list they come from.
    {
      action: "bulkAssignOwnerAction (leads)",
      allowed: SALES_AND_MARKETING,
      ...STAYS,
      prepare: async (n) => move(actions.assignOwner.bulkAssignOwnerAction, formData({ kind: "LEAD", "ids[]": [await newLead(n)], ownerId: users.SALES.id })),
    },
    {
      action: "bulkAssignOwnerAction (accounts)",
      allowed: SALES_ONLY,
      ...STAYS,
      prepare: async (n) => {
        const id = await writes.account.createAccount(database.prisma, account(n), { actorId: null });
        return move(actions.assignOwner.bulkAssignOwnerAction, formData({ kind: "ACCOUNT", "ids[]": [id], ownerId: users.SALES.id }));
      },
    },
    {
      action: "bulkMoveStageAction (leads)",
      allowed: SALES_AND_MARKETING,
      ...STAYS,
      prepare: async (n) => move(actions.moveStage.bulkMoveStageAction, formData({ kind: "LEAD", "ids[]": [await newLead(n)], to: "CONSIDERATION", reason: "Event follow-up" })),
    },
    // Touchpoints are marketing's, on whichever record they are logged.
    {
      action: "logLeadTouchpointAction",
      allowed: MARKETING_ONLY,
      ...STAYS,
      prepare: async (n) => move(actions.touchpoints.logLeadTouchpointAction, formData({ recordId: await newLead(n), type: "MEETING", channel: "IN_PERSON", occurredAt: new Date(Date.now() - 60_000).toISOString() })),
    },
    {
      action: "logContactTouchpointAction",
      allowed: MARKETING_ONLY,
      ...STAYS,
      prepare: async (n) => {
        const id = await writes.contact.createContact(database.prisma, contact(n), { actorId: null });
        return move(actions.touchpoints.logContactTouchpointAction, formData({ recordId: id, type: "EMAIL", channel: "EMAIL", occurredAt: new Date(Date.now() - 60_000).toISOString() }));
      },
    },
    // A saved view is the user's own: everyone who reads the list may keep one.
    { action: "saveViewAction", allowed: EVERYONE, ...STAYS, prepare: async (n) => move(actions.saveView.saveViewAction, formData({ kind: "LEAD", name: `View ${n}`, query: "stage=AWARENESS" })) },
  ];

  // Everything an action could write: rows, versions, transitions and audit entries.
  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit, (SELECT count(*) FROM "StageTransition")::int AS transitions,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Lead") AS leads,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Contact") AS contacts,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Account") AS accounts,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Deal") AS deals`;

  permissionMatrix({
    rows: ROWS,
    users: () => users,
    prisma: () => database.prisma,
    footprint,
    // A write that went through opens the record's page.
    answer: { ok: true, redirectedTo: expect.stringMatching(/^\/(leads|contacts|accounts|deals)\/\d+$/) },
  });
});
