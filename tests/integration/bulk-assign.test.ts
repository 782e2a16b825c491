import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, signInAs, takeRevalidated } from "../support/action-session";
import { bulkAssignOwnerAction } from "@/lib/actions/bulk/assign-owner";
import type { CurrentUser } from "@/lib/auth/current-user";
import { BULK_LIMIT } from "@/lib/validation/bulk-action";
import type { TestDatabase } from "../support/test-database";

describe("bulk assign owner", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let sales: CurrentUser;
  let marketing: CurrentUser;
  let leadership: CurrentUser;
  let aino: CurrentUser;
  let gone: CurrentUser;
  let accountId: number;

  beforeAll(async () => {
    database = testDatabase();
    [sales, marketing, leadership, aino, gone] = await Promise.all([
      createSessionUser(database.prisma, "SALES"),
      createSessionUser(database.prisma, "MARKETING"),
      createSessionUser(database.prisma, "LEADERSHIP"),
      createSessionUser(database.prisma, "SALES", { name: "Aino" }),
      createSessionUser(database.prisma, "SALES", { name: "Former", active: false }),
    ]);
    accountId = (await database.prisma.account.create({ data: { name: "Kuusi Oy", industry: "Retail", country: "FI" } })).id;
  });

  const newLeads = async (count: number, ownerId: number | null = null) => {
    const ids: number[] = [];
    for (let index = 0; index < count; index++) {
      ids.push((await database.prisma.lead.create({ data: { firstName: "Lea", lastName: `Lead ${index}`, source: "WEB", ownerId }, select: { id: true } })).id);
    }
    return ids;
  };
  const leadsOf = (ids: number[]) =>
    database.prisma.lead.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true, version: true }, orderBy: { id: "asc" } });
  const auditOf = (kind: string, ids: number[]) =>
    database.prisma.auditLog.findMany({ where: { entityKind: kind, entityId: { in: ids.map(String) } }, orderBy: { id: "asc" } });
  const assign = (user: CurrentUser, kind: string, ids: (number | string)[], ownerId: number) => {
    signInAs(user);
    return bulkAssignOwnerAction(null, formData({ kind, "ids[]": ids, ownerId }));
  };

  it("assigns every ticked lead in one go, one audit entry and one new version per changed lead, skipping those already hers", async () => {
    const unowned = await newLeads(3);
    const [hers] = await newLeads(1, aino.id);
    const [other] = await newLeads(1, sales.id);

    const result = await assign(sales, "LEAD", [...unowned, hers!, other!, unowned[0]!], aino.id);

    expect(result).toEqual({ ok: true, data: { assigned: 4, skipped: 1, owner: "Aino" } });
    expect(await leadsOf([...unowned, other!])).toEqual([...unowned, other!].map((id) => ({ id, ownerId: aino.id, version: 2 })));
    expect(await leadsOf([hers!])).toEqual([{ id: hers, ownerId: aino.id, version: 1 }]);
    const entries = await auditOf("LEAD", [...unowned, hers!, other!]);
    expect(entries).toHaveLength(4);
    expect(entries.every((entry) => entry.action === "lead.update" && entry.actorId === sales.id)).toBe(true);
    expect(entries.find((entry) => entry.entityId === String(other))).toMatchObject({
      before: { ownerId: sales.id, version: 1 },
      after: { ownerId: aino.id, version: 2 },
    });
    expect(takeRevalidated().at(-1)).toBe("/leads");
  });

  it("assigns contacts, accounts and deals too, checking each kind's own edit right", async () => {
    const contact = await database.prisma.contact.create({ data: { firstName: "Kai", lastName: "Contact", accountId } });
    const deal = await database.prisma.deal.create({
      data: { name: "Kuusi deal", accountId, type: "NEW", amountMinor: 100_000, openedAt: new Date(), closeDate: new Date() },
    });

    expect(await assign(marketing, "CONTACT", [contact.id], aino.id)).toMatchObject({ ok: true, data: { assigned: 1 } });
    expect(await assign(marketing, "DEAL", [deal.id], aino.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await assign(marketing, "ACCOUNT", [accountId], aino.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await database.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).toMatchObject({ ownerId: null, version: 1 });

    expect(await assign(sales, "DEAL", [deal.id], aino.id)).toMatchObject({ ok: true, data: { assigned: 1 } });
    expect(await assign(sales, "ACCOUNT", [accountId], aino.id)).toMatchObject({ ok: true, data: { assigned: 1 } });
    expect(await database.prisma.account.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({ ownerId: aino.id, version: 2 });
    expect((await auditOf("DEAL", [deal.id])).map((entry) => entry.action)).toEqual(["deal.update"]);
    expect((await auditOf("CONTACT", [contact.id])).map((entry) => entry.action)).toEqual(["contact.update"]);
  });

  it("refuses leadership, which reads records but edits none", async () => {
    const ids = await newLeads(2);
    expect(await assign(leadership, "LEAD", ids, aino.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await leadsOf(ids)).toEqual(ids.map((id) => ({ id, ownerId: null, version: 1 })));
  });

  it("refuses an inactive owner and changes nothing", async () => {
    const ids = await newLeads(2);
    const result = await assign(sales, "LEAD", ids, gone.id);
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: "That user is no longer active. Choose another owner." });
    expect(await leadsOf(ids)).toEqual(ids.map((id) => ({ id, ownerId: null, version: 1 })));
    expect(await auditOf("LEAD", ids)).toEqual([]);
  });

  it("refuses the whole selection when one ticked record no longer exists", async () => {
    const ids = await newLeads(2);
    const result = await assign(sales, "LEAD", [...ids, 999_999], aino.id);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await leadsOf(ids)).toEqual(ids.map((id) => ({ id, ownerId: null, version: 1 })));
  });

  it(`refuses more than ${BULK_LIMIT} records, or none, or no owner, before touching any`, async () => {
    const ids = await newLeads(2);
    const tooMany = [...ids, ...Array.from({ length: BULK_LIMIT }, (_, index) => 1_000_000 + index)];
    const over = await assign(sales, "LEAD", tooMany, aino.id);
    expect(over).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ids: ["Too many rows are ticked for one action."] } });
    expect(await assign(sales, "LEAD", [], aino.id)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ids: ["Tick at least one row first."] } });
    signInAs(sales);
    expect(await bulkAssignOwnerAction(null, formData({ kind: "LEAD", "ids[]": ids, ownerId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["Choose the new owner."] },
    });
    expect(await leadsOf(ids)).toEqual(ids.map((id) => ({ id, ownerId: null, version: 1 })));
  });

  it(`takes exactly ${BULK_LIMIT} records in one action`, async () => {
    await database.prisma.lead.createMany({
      data: Array.from({ length: BULK_LIMIT }, (_, index) => ({ firstName: "Many", lastName: `Lead ${index}`, source: "WEB" as const })),
    });
    const ids = (await database.prisma.lead.findMany({ where: { firstName: "Many" }, select: { id: true } })).map((lead) => lead.id);
    expect(await assign(sales, "LEAD", ids, aino.id)).toEqual({ ok: true, data: { assigned: BULK_LIMIT, skipped: 0, owner: "Aino" } });
    expect(await database.prisma.lead.count({ where: { firstName: "Many", ownerId: aino.id, version: 2 } })).toBe(BULK_LIMIT);
    expect(await database.prisma.auditLog.count({ where: { action: "lead.update", entityId: { in: ids.map(String) } } })).toBe(BULK_LIMIT);
  });
});
