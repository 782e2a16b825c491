import { beforeAll, describe, expect, it } from "vitest";
import { actionDatabase, createSessionUser, formData, signInAs } from "../support/action-session";
import { bulkMoveStageAction } from "@/lib/actions/bulk/move-stage";
import type { CurrentUser } from "@/lib/auth/current-user";
import { bulkMoveStage } from "@/lib/records/bulk/move-stage";
import type { TestDatabase } from "../support/test-database";

describe("bulk move stage", () => {
  const testDatabase = actionDatabase();
  let database: TestDatabase;
  let sales: CurrentUser;
  let marketing: CurrentUser;
  let leadership: CurrentUser;
  let segmentId: number;

  beforeAll(async () => {
    database = testDatabase();
    [sales, marketing, leadership] = await Promise.all([
      createSessionUser(database.prisma, "SALES"),
      createSessionUser(database.prisma, "MARKETING"),
      createSessionUser(database.prisma, "LEADERSHIP"),
    ]);
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
  });

  const newLeads = async (count: number, data: { stage?: "AWARENESS" | "CONSIDERATION" | "COMPARISON"; status?: "NEW" | "CONVERTED" } = {}) => {
    const ids: number[] = [];
    for (let index = 0; index < count; index++) {
      ids.push((await database.prisma.lead.create({ data: { firstName: "Lea", lastName: `Lead ${index}`, source: "WEBINAR", segmentId, ...data }, select: { id: true } })).id);
    }
    return ids;
  };
  const newAccount = (stage: "AWARENESS" | "PURCHASE" | "CHURNED") =>
    database.prisma.account.create({ data: { name: `${stage} Oy`, industry: "Retail", country: "FI", segmentId, stage }, select: { id: true } });
  const stagesOf = async (ids: number[]) =>
    (await database.prisma.lead.findMany({ where: { id: { in: ids } }, select: { stage: true, version: true }, orderBy: { id: "asc" } })).map((lead) => `${lead.stage}@${lead.version}`);
  const transitionsOf = (kind: "LEAD" | "ACCOUNT", ids: number[]) =>
    database.prisma.stageTransition.findMany({ where: { entityKind: kind, entityId: { in: ids } }, orderBy: { id: "asc" } });
  const move = (user: CurrentUser, kind: string, ids: number[], to: string, reason: string, extra: Record<string, string[]> = {}) => {
    signInAs(user);
    return bulkMoveStageAction(null, formData({ kind, "ids[]": ids, to, reason, ...extra }));
  };

  it("moves each ticked lead through the stage engine: one transition and one stage audit per lead, with the reason; those already there are skipped", async () => {
    const ids = await newLeads(3);
    const [there] = await newLeads(1, { stage: "CONSIDERATION" });

    const result = await move(marketing, "LEAD", [...ids, there!], "CONSIDERATION", "  Webinar follow-up list  ");

    expect(result).toEqual({ ok: true, data: { moved: 3, skipped: 1, to: "CONSIDERATION" } });
    expect(await stagesOf([...ids, there!])).toEqual(["CONSIDERATION@2", "CONSIDERATION@2", "CONSIDERATION@2", "CONSIDERATION@1"]);
    const transitions = await transitionsOf("LEAD", [...ids, there!]);
    expect(transitions.map((transition) => transition.entityId)).toEqual(ids);
    for (const transition of transitions) {
      expect(transition).toMatchObject({ fromStage: "AWARENESS", toStage: "CONSIDERATION", actorId: marketing.id, reason: "Webinar follow-up list", segmentId, source: "WEBINAR" });
    }
    const audits = await database.prisma.auditLog.findMany({ where: { entityKind: "LEAD", entityId: { in: [...ids, there!].map(String) } } });
    expect(audits.map((entry) => entry.action)).toEqual(["lead.stage", "lead.stage", "lead.stage"]);
    expect(audits[0]).toMatchObject({ actorId: marketing.id, after: { stage: "CONSIDERATION", reason: "Webinar follow-up list" } });
  });

  it("requires a reason and moves nothing without one", async () => {
    const ids = await newLeads(2);
    const result = await move(sales, "LEAD", ids, "COMPARISON", "   ");
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reason: ["Fill in this field."] } });
    expect(await stagesOf(ids)).toEqual(["AWARENESS@1", "AWARENESS@1"]);
    expect(await transitionsOf("LEAD", ids)).toEqual([]);
  });

  it("moves all or none: a lead changed since the list was read fails the action and the others stay put", async () => {
    const ids = await newLeads(3);
    // Someone else moved the second lead after the list showed it at version 1.
    await database.prisma.lead.update({ where: { id: ids[1] }, data: { version: 2 } });
    const versions = ids.map((id) => `${id}:1`);

    const result = await move(sales, "LEAD", ids, "COMPARISON", "Accepted at the pipeline review", { "versions[]": versions });

    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await stagesOf(ids)).toEqual(["AWARENESS@1", "AWARENESS@2", "AWARENESS@1"]);
    expect(await transitionsOf("LEAD", ids)).toEqual([]);
    expect(await database.prisma.auditLog.count({ where: { entityKind: "LEAD", entityId: { in: ids.map(String) } } })).toBe(0);
  });

  it("moves all or none: one converted lead in the selection refuses the whole move", async () => {
    const ids = await newLeads(2);
    const [converted] = await newLeads(1, { stage: "COMPARISON", status: "CONVERTED" });
    const result = await move(sales, "LEAD", [...ids, converted!], "AWARENESS", "Back to nurture");
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(result.ok === false && result.message).toMatch(/converted lead follows its deal/);
    expect(await stagesOf([...ids, converted!])).toEqual(["AWARENESS@1", "AWARENESS@1", "COMPARISON@1"]);
  });

  it("keeps moves the engine's journey steps own: no lead to purchase, no deal at all", async () => {
    const ids = await newLeads(1);
    expect(await move(sales, "LEAD", ids, "PURCHASE", "Closed")).toMatchObject({ ok: false, code: "INVALID", message: "Records of this kind are not moved to that stage in bulk." });
    const account = await newAccount("AWARENESS");
    const deal = await database.prisma.deal.create({
      data: { name: "Deal", accountId: account.id, type: "NEW", amountMinor: 1, openedAt: new Date(), closeDate: new Date() },
    });
    expect(await move(sales, "DEAL", [deal.id], "PURCHASE", "Won")).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).toMatchObject({ stage: "COMPARISON", version: 1 });
  });

  it("moves accounts only on their own side of the knot", async () => {
    const prospect = await newAccount("AWARENESS");
    const customer = await newAccount("PURCHASE");
    const churned = await newAccount("CHURNED");

    expect(await move(sales, "ACCOUNT", [prospect.id, customer.id], "ONBOARDING", "Kick-off held")).toMatchObject({ ok: false, code: "INVALID" });
    expect(await move(sales, "ACCOUNT", [churned.id], "IMPACT", "Live again")).toMatchObject({ ok: false, code: "INVALID" });
    expect(await transitionsOf("ACCOUNT", [prospect.id, customer.id, churned.id])).toEqual([]);

    expect(await move(sales, "ACCOUNT", [customer.id], "ONBOARDING", "Kick-off held")).toMatchObject({ ok: true, data: { moved: 1 } });
    expect(await move(sales, "ACCOUNT", [prospect.id], "COMPARISON", "Shortlisted us")).toMatchObject({ ok: true, data: { moved: 1 } });
    expect((await transitionsOf("ACCOUNT", [prospect.id, customer.id])).map((transition) => [transition.fromStage, transition.toStage])).toEqual([
      ["PURCHASE", "ONBOARDING"],
      ["AWARENESS", "COMPARISON"],
    ]);
  });

  it("checks the kind's edit right: leadership moves nothing, marketing no accounts", async () => {
    const ids = await newLeads(1);
    const account = await newAccount("AWARENESS");
    expect(await move(leadership, "LEAD", ids, "CONSIDERATION", "Looks keen")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await move(marketing, "ACCOUNT", [account.id], "CONSIDERATION", "Looks keen")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await stagesOf(ids)).toEqual(["AWARENESS@1"]);
    expect(await transitionsOf("ACCOUNT", [account.id])).toEqual([]);
  });

  it("lets two overlapping bulk moves run at once: one waits for the other, and every move is logged", async () => {
    const ids = await newLeads(6);
    const actor = { id: sales.id, role: sales.role };
    const [first, second] = await Promise.all([
      bulkMoveStage(actor, { kind: "LEAD", ids: ids.slice(0, 4), to: "CONSIDERATION", reason: "Batch one", versions: undefined }),
      bulkMoveStage(actor, { kind: "LEAD", ids: ids.slice(2), to: "COMPARISON", reason: "Batch two", versions: undefined }),
    ]);
    expect(first.moved + first.skipped).toBe(4);
    expect(second.moved + second.skipped).toBe(4);
    const transitions = await transitionsOf("LEAD", ids);
    expect(transitions).toHaveLength(first.moved + second.moved);
    // Each lead's transitions chain: every move starts where the previous one ended.
    for (const id of ids) {
      const chain = transitions.filter((transition) => transition.entityId === id);
      chain.forEach((transition, index) => expect(transition.fromStage).toBe(index === 0 ? "AWARENESS" : chain[index - 1]!.toStage));
    }
  });
});
