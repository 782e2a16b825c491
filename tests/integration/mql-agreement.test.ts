import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeadStatus, Stage } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { approveDraft } from "@/lib/mql/approve";
import { createDraft, discardDraft, updateDraft } from "@/lib/mql/drafts";
import { previewCriteria } from "@/lib/mql/preview";
import type { MqlDraftFields } from "@/lib/mql/schema";
import { getActiveVersion, getVersion, listAgreements, ruleOf } from "@/lib/mql/versions";
import { createSessionUser } from "../support/action-session";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;
const loose: MqlDraftFields = { industries: [], minEmployees: null, maxEmployees: null, countries: [], personas: [], titleKeywords: [], minEngagementScore: 20, withinDays: 60, notes: "v1" };
const stricter: MqlDraftFields = { ...loose, minEngagementScore: 50, notes: "Only the clearly engaged" };

async function refusal(promise: Promise<unknown>): Promise<{ code: string; messageKey?: string }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, messageKey: (error as AppError).messageKey };
}

describe("the MQL agreement: versions, approvals, activation", () => {
  let database: TestDatabase;
  let segmentId: number;
  let otherSegmentId: number;
  let admin: number;
  let sales: number;
  let marketing: number;
  let marketing2: number;
  const leads: Record<string, number> = {};

  async function lead(name: string, fields: { stage: Stage; status: LeadStatus; score: number; touchedDaysAgo: number; segment?: number }) {
    const { id } = await database.prisma.lead.create({
      data: { firstName: name, lastName: "Case", source: "WEB", segmentId: fields.segment ?? segmentId, stage: fields.stage, status: fields.status, engagementScore: fields.score },
    });
    // Each lead's place on the bow-tie, as the engine would have logged it, a while ago.
    await database.prisma.stageTransition.create({
      data: { entityKind: "LEAD", entityId: id, segmentId: fields.segment ?? segmentId, source: "WEB", fromStage: null, toStage: fields.stage, occurredAt: new Date(Date.now() - 300 * DAY) },
    });
    await database.prisma.touchpoint.create({ data: { type: "WEB_VISIT", channel: "WEB", occurredAt: new Date(Date.now() - fields.touchedDaysAgo * DAY), leadId: id } });
    leads[name] = id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    segmentId = (await database.prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } })).id;
    otherSegmentId = (await database.prisma.segment.create({ data: { key: "vol", nameEn: "Volume", nameFi: "Volyymi", priority: 2 } })).id;
    [admin, sales, marketing, marketing2] = (
      await Promise.all([
        createSessionUser(database.prisma, "ADMIN"),
        createSessionUser(database.prisma, "SALES"),
        createSessionUser(database.prisma, "MARKETING"),
        createSessionUser(database.prisma, "MARKETING"),
      ])
    ).map((user) => user.id) as [number, number, number, number];
    await database.prisma.mqlCriteria.create({ data: { segmentId, version: 1, status: "ACTIVE", activatedAt: new Date(Date.now() - 400 * DAY), ...loose } });
    await lead("newly", { stage: "AWARENESS", status: "NEW", score: 70, touchedDaysAgo: 1 });
    await lead("staysOut", { stage: "AWARENESS", status: "NURTURE", score: 30, touchedDaysAgo: 1 });
    await lead("stops", { stage: "CONSIDERATION", status: "MQL", score: 40, touchedDaysAgo: 2 });
    await lead("staysIn", { stage: "CONSIDERATION", status: "MQL", score: 90, touchedDaysAgo: 3 });
    await lead("rejected", { stage: "AWARENESS", status: "REJECTED", score: 90, touchedDaysAgo: 1 });
    await lead("stale", { stage: "CONSIDERATION", status: "MQL", score: 90, touchedDaysAgo: 200 });
    await lead("elsewhere", { stage: "CONSIDERATION", status: "MQL", score: 10, touchedDaysAgo: 1, segment: otherSegmentId });
  });
  afterAll(() => database.drop());

  const versions = async () =>
    (await database.prisma.mqlCriteria.findMany({ where: { segmentId }, orderBy: { version: "asc" }, select: { version: true, status: true } })).map(
      (row) => `v${row.version}:${row.status}`,
    );
  const auditActions = async (entityId: number) =>
    (await database.prisma.auditLog.findMany({ where: { entityKind: "MqlCriteria", entityId: String(entityId) }, orderBy: { id: "asc" } })).map((entry) => entry.action);

  it("numbers drafts after the versions kept, allows one open draft per segment, and audits create, update and discard", async () => {
    const first = await createDraft(database.prisma, segmentId, stricter, { actorId: admin });
    expect(await versions()).toEqual(["v1:ACTIVE", "v2:DRAFT"]);
    expect(await refusal(createDraft(database.prisma, segmentId, loose, { actorId: admin }))).toEqual({ code: "CONFLICT", messageKey: "settingsMql.error.openDraft" });

    const draft = (await getVersion(first, database.prisma))!;
    expect(await refusal(updateDraft(database.prisma, first, "stale-fingerprint", loose, { actorId: admin }))).toEqual({ code: "CONFLICT", messageKey: "settingsMql.error.changed" });
    await updateDraft(database.prisma, first, draft.fingerprint, { ...stricter, countries: ["FI"] }, { actorId: admin });
    const edited = (await getVersion(first, database.prisma))!;
    expect(edited.fields.countries).toEqual(["FI"]);

    await discardDraft(database.prisma, first, edited.fingerprint, { actorId: admin });
    expect(await versions()).toEqual(["v1:ACTIVE"]);
    expect(await auditActions(first)).toEqual(["mql.draft.create", "mql.draft.update", "mql.draft.discard"]);
    const discarded = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "mql.draft.discard", entityId: String(first) } });
    expect(discarded).toMatchObject({ actorId: admin, before: { version: 2, countries: ["FI"], minEngagementScore: 50 } });
  });

  it("keeps a draft from taking effect until one sales and one marketing approver have both approved it", async () => {
    const id = await createDraft(database.prisma, segmentId, stricter, { actorId: admin });
    const base = (await getVersion(id, database.prisma))!.fingerprint;

    // One side alone: approved on paper, nothing in force changes.
    expect(await approveDraft(database.prisma, { id, base, side: "MARKETING" }, { actorId: marketing })).toEqual({ activated: false, version: 2 });
    expect(await versions()).toEqual(["v1:ACTIVE", "v2:APPROVED"]);

    // The same side twice, even by another person, does not count as both.
    expect(await refusal(approveDraft(database.prisma, { id, base, side: "MARKETING" }, { actorId: marketing2 }))).toEqual({ code: "INVALID", messageKey: "settingsMql.error.sideDone" });
    // Nor can one person give the other side (say, after a change of role).
    expect(await refusal(approveDraft(database.prisma, { id, base, side: "SALES" }, { actorId: marketing }))).toEqual({ code: "INVALID", messageKey: "settingsMql.error.samePerson" });
    expect(await versions()).toEqual(["v1:ACTIVE", "v2:APPROVED"]);

    // Editing a partly approved draft withdraws the approval.
    await updateDraft(database.prisma, id, base, { ...stricter, notes: "Reworded" }, { actorId: admin });
    const reset = (await getVersion(id, database.prisma))!;
    expect(reset).toMatchObject({ status: "DRAFT", approvals: [] });
    expect(await refusal(approveDraft(database.prisma, { id, base, side: "SALES" }, { actorId: sales }))).toEqual({ code: "CONFLICT", messageKey: "settingsMql.error.changed" });
    await updateDraft(database.prisma, id, reset.fingerprint, stricter, { actorId: admin });
  });

  it("previews exactly the moves that activation then makes, and records the version on every transition", async () => {
    const draft = (await listAgreements(database.prisma)).find((segment) => segment.id === segmentId)!.versions.find((version) => version.status === "DRAFT")!;
    const active = (await getActiveVersion(segmentId, database.prisma))!;
    const preview = await previewCriteria(segmentId, ruleOf(draft.fields), ruleOf(active.fields), new Date(), database.prisma);
    expect(preview).toMatchObject({ open: 5, qualify: 2, activeQualify: 4, newly: 1, stop: 2 });
    expect(preview.samples.newly.map((sample) => sample.id)).toEqual([leads.newly]);
    expect(preview.samples.stop.map((sample) => sample.id).sort()).toEqual([leads.stops, leads.stale].sort());
    expect(preview.samples.qualify.map((sample) => sample.id).sort()).toEqual([leads.newly, leads.staysIn].sort());

    expect(await approveDraft(database.prisma, { id: draft.id, base: draft.fingerprint, side: "SALES" }, { actorId: sales })).toEqual({ activated: false, version: 2 });
    const outcome = await approveDraft(database.prisma, { id: draft.id, base: draft.fingerprint, side: "MARKETING" }, { actorId: marketing });

    expect(outcome).toEqual({ activated: true, version: 2, superseded: 1, reevaluation: { checked: 5, qualified: preview.newly, unqualified: preview.stop, skipped: 0 } });
    expect(await versions()).toEqual(["v1:SUPERSEDED", "v2:ACTIVE"]);
    const v2 = (await getVersion(draft.id, database.prisma))!;
    expect(v2.activatedAt).not.toBeNull();
    expect(v2.approvals.map((approval) => [approval.side, approval.userId])).toEqual([
      ["SALES", sales],
      ["MARKETING", marketing],
    ]);

    const moves = await database.prisma.stageTransition.findMany({ where: { criteriaVersionId: draft.id }, orderBy: { entityId: "asc" } });
    expect(moves.map((move) => [move.entityId, move.fromStage, move.toStage, move.reason, move.actorId])).toEqual(
      [
        [leads.newly, "AWARENESS", "CONSIDERATION", "Meets MQL criteria v2", marketing],
        [leads.stops, "CONSIDERATION", "AWARENESS", "No longer meets MQL criteria v2", marketing],
        [leads.stale, "CONSIDERATION", "AWARENESS", "No longer meets MQL criteria v2", marketing],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const activation = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "mql.activate", entityId: String(draft.id) } });
    expect(activation).toMatchObject({ actorId: marketing, before: { active: { version: 1 } }, after: { active: { version: 2 }, qualified: 1, unqualified: 2, skipped: 0 } });
    expect(await auditActions(draft.id)).toEqual(["mql.draft.create", "mql.approve", "mql.draft.update", "mql.draft.update", "mql.approve", "mql.approve", "mql.activate"]);
    // The other segment is not touched.
    expect(await database.prisma.lead.findUniqueOrThrow({ where: { id: leads.elsewhere }, select: { stage: true } })).toEqual({ stage: "CONSIDERATION" });
  });

  it("refuses to approve, edit or discard a version that is no longer a draft", async () => {
    const [v1, v2] = await database.prisma.mqlCriteria.findMany({ where: { segmentId }, orderBy: { version: "asc" } });
    for (const version of [v1!, v2!]) {
      const base = (await getVersion(version.id, database.prisma))!.fingerprint;
      const notDraft = { code: "INVALID", messageKey: "settingsMql.error.notDraft" };
      expect(await refusal(approveDraft(database.prisma, { id: version.id, base, side: "SALES" }, { actorId: sales }))).toEqual(notDraft);
      expect(await refusal(updateDraft(database.prisma, version.id, base, loose, { actorId: admin }))).toEqual(notDraft);
      expect(await refusal(discardDraft(database.prisma, version.id, base, { actorId: admin }))).toEqual(notDraft);
    }
  });

  it("activates once when both sides approve at the same moment, keeping every version and one ACTIVE per segment", async () => {
    const id = await createDraft(database.prisma, segmentId, loose, { actorId: admin });
    const base = (await getVersion(id, database.prisma))!.fingerprint;
    const outcomes = await Promise.all([
      approveDraft(database.prisma, { id, base, side: "SALES" }, { actorId: sales }),
      approveDraft(database.prisma, { id, base, side: "MARKETING" }, { actorId: marketing }),
    ]);
    expect(outcomes.filter((outcome) => outcome.activated)).toHaveLength(1);
    expect(await versions()).toEqual(["v1:SUPERSEDED", "v2:SUPERSEDED", "v3:ACTIVE"]);
    expect(await database.prisma.auditLog.count({ where: { action: "mql.activate", entityId: String(id) } })).toBe(1);

    const agreement = (await listAgreements(database.prisma)).find((segment) => segment.id === segmentId)!;
    const [v3, v2] = agreement.versions;
    expect(agreement.active?.id).toBe(id);
    expect(v2!.supersededAt).toEqual(v3!.activatedAt);
  });

  it("lets only one of two simultaneous approvals of the same side through", async () => {
    const id = await createDraft(database.prisma, segmentId, stricter, { actorId: admin });
    const base = (await getVersion(id, database.prisma))!.fingerprint;
    const settled = await Promise.allSettled([
      approveDraft(database.prisma, { id, base, side: "MARKETING" }, { actorId: marketing }),
      approveDraft(database.prisma, { id, base, side: "MARKETING" }, { actorId: marketing2 }),
    ]);
    expect(settled.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.prisma.mqlApproval.count({ where: { criteriaId: id } })).toBe(1);
    expect(await versions()).toEqual(["v1:SUPERSEDED", "v2:SUPERSEDED", "v3:ACTIVE", "v4:APPROVED"]);
  });
});

