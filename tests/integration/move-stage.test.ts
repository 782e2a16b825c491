import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moveStage, moveStageIn } from "@/lib/bowtie/move-stage";
import { AppError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("moveStage", () => {
  let database: TestDatabase;
  let segmentId: number;
  let accountId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    const segment = await database.prisma.segment.create({
      data: { key: "mid", nameEn: "Mid-market", nameFi: "Keskisuuret", priority: 1 },
    });
    segmentId = segment.id;
    const account = await database.prisma.account.create({
      data: { name: "Kuusi Oy", industry: "Manufacturing", country: "FI", segmentId },
    });
    accountId = account.id;
  });
  afterAll(() => database.drop());

  const newLead = () =>
    database.prisma.lead.create({
      data: { firstName: "Anna", lastName: "Virtanen", source: "WEBINAR", accountId, segmentId },
    });
  const transitionsOf = (entityId: number) =>
    database.prisma.stageTransition.findMany({ where: { entityKind: "LEAD", entityId }, orderBy: { id: "asc" } });
  const auditOf = (entityId: number) =>
    database.prisma.auditLog.findMany({ where: { entityKind: "LEAD", entityId: String(entityId) } });

  it("changes the record and writes exactly one transition and one audit entry", async () => {
    const lead = await newLead();
    const at = new Date("2026-03-02T08:00:00Z");
    const result = await moveStage(database.prisma, {
      kind: "LEAD",
      id: lead.id,
      to: "CONSIDERATION",
      actorId: null,
      reason: "met MQL criteria",
      at,
      data: { status: "MQL", mqlAt: at },
    });

    expect(result).toMatchObject({ from: "AWARENESS", to: "CONSIDERATION", version: 2 });
    const updated = await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(updated).toMatchObject({ stage: "CONSIDERATION", status: "MQL", version: 2, mqlAt: at });

    const transitions = await transitionsOf(lead.id);
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({
      fromStage: "AWARENESS",
      toStage: "CONSIDERATION",
      accountId,
      segmentId,
      source: "WEBINAR",
      occurredAt: at,
      reason: "met MQL criteria",
    });
    const entries = await auditOf(lead.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "lead.stage", before: { stage: "AWARENESS", version: 1 } });
  });

  it("writes nothing when the change fails inside the transaction", async () => {
    const lead = await newLead();
    await expect(
      moveStage(database.prisma, {
        kind: "LEAD",
        id: lead.id,
        to: "COMPARISON",
        actorId: null,
        // No such user: the foreign key fails after the row was locked and read.
        data: { ownerId: 987654 },
      }),
    ).rejects.toThrow();
    expect(await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      stage: "AWARENESS",
      version: 1,
    });
    expect(await transitionsOf(lead.id)).toHaveLength(0);
    expect(await auditOf(lead.id)).toHaveLength(0);
  });

  it("rolls the transition back when a later write of the caller's transaction fails", async () => {
    const lead = await newLead();
    await expect(
      database.prisma.$transaction(async (tx) => {
        await moveStageIn(tx, { kind: "LEAD", id: lead.id, to: "CONSIDERATION", actorId: null });
        throw new Error("the caller's next step failed");
      }),
    ).rejects.toThrow("the caller's next step failed");
    expect((await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("AWARENESS");
    expect(await transitionsOf(lead.id)).toHaveLength(0);
  });

  it.each([
    ["a stale version", { expectedVersion: 7, to: "CONSIDERATION" as const }, "CONFLICT"],
    ["the stage it is already in", { to: "AWARENESS" as const }, "INVALID"],
  ])("refuses %s and writes nothing", async (_label, move, code) => {
    const lead = await newLead();
    const error = await moveStage(database.prisma, { kind: "LEAD", id: lead.id, actorId: null, ...move }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(await transitionsOf(lead.id)).toHaveLength(0);
  });

  it("refuses a move dated before the record's latest transition, keeping the log in time order", async () => {
    const lead = await newLead();
    await moveStage(database.prisma, { kind: "LEAD", id: lead.id, to: "CONSIDERATION", actorId: null, at: new Date("2026-05-10T00:00:00Z") });
    const error = await moveStage(database.prisma, {
      kind: "LEAD",
      id: lead.id,
      to: "COMPARISON",
      actorId: null,
      at: new Date("2026-05-09T23:59:59Z"),
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "INVALID" });
    expect(await transitionsOf(lead.id)).toHaveLength(1);
    expect((await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("CONSIDERATION");
  });

  it("refuses a record that does not exist", async () => {
    const error = await moveStage(database.prisma, { kind: "DEAL", id: 424242, to: "PURCHASE", actorId: null }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });

  it("records skips and backward moves, and concurrent moves chain instead of forking", async () => {
    const lead = await newLead();
    await Promise.all([
      moveStage(database.prisma, { kind: "LEAD", id: lead.id, to: "COMPARISON", actorId: null }),
      moveStage(database.prisma, { kind: "LEAD", id: lead.id, to: "CONSIDERATION", actorId: null }),
    ]);
    const transitions = await transitionsOf(lead.id);
    expect(transitions).toHaveLength(2);
    expect(transitions[0]!.fromStage).toBe("AWARENESS");
    expect(transitions[1]!.fromStage).toBe(transitions[0]!.toStage);
    const final = await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(final.stage).toBe(transitions[1]!.toStage);
    expect(final.version).toBe(3);
  });

  it("moves accounts, contacts and deals with the account's segment on the transition", async () => {
    const deal = await database.prisma.deal.create({
      data: { name: "Kuusi platform", accountId, type: "NEW", amountMinor: 1_200_000, openedAt: new Date(), closeDate: new Date(), source: "WEB" },
    });
    await moveStage(database.prisma, { kind: "DEAL", id: deal.id, to: "PURCHASE", actorId: null, data: { status: "WON" } });
    await moveStage(database.prisma, { kind: "ACCOUNT", id: accountId, to: "PURCHASE", actorId: null });
    const rows = await database.prisma.stageTransition.findMany({
      where: { OR: [{ entityKind: "DEAL", entityId: deal.id }, { entityKind: "ACCOUNT", entityId: accountId }] },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.entityKind, r.fromStage, r.toStage, r.segmentId, r.source])).toEqual([
      ["DEAL", "COMPARISON", "PURCHASE", segmentId, "WEB"],
      ["ACCOUNT", "AWARENESS", "PURCHASE", segmentId, null],
    ]);
  });

  it("keeps the transition log append-only", async () => {
    await expect(database.pool.query(`UPDATE "StageTransition" SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`DELETE FROM "StageTransition"`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});
