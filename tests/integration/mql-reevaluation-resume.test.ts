import "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { REEVALUATION_SLICE } from "@/lib/bowtie/reevaluate";
import { approveDraft } from "@/lib/mql/approve";
import { createDraft } from "@/lib/mql/drafts";
import { REEVALUATION_QUIET_MS, reevaluationsOf } from "@/lib/mql/reevaluation";
import { resumeReevaluation } from "@/lib/mql/resume";
import type { MqlDraftFields } from "@/lib/mql/schema";
import { loadVersionPage } from "@/lib/mql/version-page";
import { getVersion } from "@/lib/mql/versions";
import { actionDatabase, formData, runAction, signInAs } from "../support/action-session";
import { createRoleUsers, type RoleUser } from "../support/role-users";

const DAY = 86_400_000;
const fields: MqlDraftFields = { industries: [], minEmployees: null, maxEmployees: null, countries: [], personas: [], titleKeywords: [], minEngagementScore: 50, withinDays: 30, notes: null };

/**
 * A version activated over a segment one lead longer than a slice, whose run is cut off in
 * its second slice: the server's connection to the database dies while the slice waits for
 * a lead someone else holds, as when the server stops midway.
 */
describe("an MQL re-evaluation cut off midway", () => {
  const database = actionDatabase();
  let users: Record<Role, RoleUser>;
  let criteriaId: number;
  // In the first slice: one lead that qualifies. After it: one that qualifies (held by
  // someone when the run is cut off) and an MQL that no longer does.
  const lead = { early: 0, held: 0, fallsBack: 0 };

  beforeAll(async () => {
    const prisma = database().prisma;
    users = await createRoleUsers(prisma);
    const { id: segmentId } = await prisma.segment.create({ data: { key: "mid", nameEn: "Mid", nameFi: "Keski", priority: 1 } });
    const row = (score: number, stage: "AWARENESS" | "CONSIDERATION" = "AWARENESS") =>
      ({ firstName: "Lead", lastName: String(score), source: "WEB", segmentId, engagementScore: score, stage, status: stage === "AWARENESS" ? "NEW" : "MQL" }) as const;
    await prisma.lead.createMany({
      data: [row(80), ...Array.from({ length: REEVALUATION_SLICE - 1 }, () => row(0)), row(90), row(10, "CONSIDERATION")],
    });
    const ids = (await prisma.lead.findMany({ where: { segmentId }, select: { id: true }, orderBy: { id: "asc" } })).map((found) => found.id);
    [lead.early, lead.held, lead.fallsBack] = [ids[0]!, ids[REEVALUATION_SLICE]!, ids[REEVALUATION_SLICE + 1]!];
    for (const id of [lead.early, lead.held, lead.fallsBack]) {
      await prisma.touchpoint.create({ data: { type: "MEETING", channel: "IN_PERSON", occurredAt: new Date(Date.now() - 2 * DAY), leadId: id } });
    }

    criteriaId = await createDraft(prisma, segmentId, fields, { actorId: users.ADMIN.id });
    const base = (await getVersion(criteriaId, prisma))!.fingerprint;
    await approveDraft(prisma, { id: criteriaId, base, side: "SALES" }, { actorId: users.SALES.id });

    const other = await database().pool.connect();
    await other.query("BEGIN");
    await other.query(`SELECT id FROM "Lead" WHERE id = $1 FOR UPDATE`, [lead.held]);
    const activating = approveDraft(prisma, { id: criteriaId, base, side: "MARKETING" }, { actorId: users.MARKETING.id });
    const waiting = async (): Promise<number> => {
      for (;;) {
        const { rows } = await other.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        if (rows[0]) return rows[0].pid;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await other.query("SELECT pg_terminate_backend($1)", [await waiting()]);
    await expect(activating).rejects.toThrow();
    await other.query("ROLLBACK");
    other.release();
  });

  const moves = () =>
    database().prisma.stageTransition.findMany({
      where: { criteriaVersionId: criteriaId },
      select: { entityId: true, fromStage: true, toStage: true, actorId: true },
      orderBy: { entityId: "asc" },
    });
  const page = () => loadVersionPage({ params: Promise.resolve({ id: String(criteriaId) }) }, "en");
  // What the silence of a stopped run looks like once a few minutes have passed.
  const quiet = () =>
    database().prisma.mqlReevaluation.update({ where: { criteriaId }, data: { heartbeatAt: new Date(Date.now() - REEVALUATION_QUIET_MS - 60_000) } });

  it("leaves the version in force, its first slice applied and the rest not, and the page shows the run still under way at first", async () => {
    expect((await getVersion(criteriaId, database().prisma))!.status).toBe("ACTIVE");
    expect(await moves()).toEqual([{ entityId: lead.early, fromStage: "AWARENESS", toStage: "CONSIDERATION", actorId: users.MARKETING.id }]);
    const { reevaluation } = await page();
    expect(reevaluation).toMatchObject({ state: "running", checked: REEVALUATION_SLICE, qualified: 1, unqualified: 0, finishedAt: null, attempts: 1 });
    expect(await database().prisma.auditLog.count({ where: { action: "mql.activate", entityId: String(criteriaId) } })).toBe(0);

    // A run that may still be advancing is not taken over.
    signInAs(users.ADMIN);
    expect(await runAction((await import("@/lib/mql/actions/reevaluate")).resumeMqlReevaluationAction, formData({ id: criteriaId }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await moves()).toHaveLength(1);
  });

  it("reports the run interrupted once it has been silent longer than a slice may take, on the version and the overview", async () => {
    await quiet();
    expect((await page()).reevaluation).toMatchObject({ state: "interrupted", checked: REEVALUATION_SLICE, qualified: 1 });
    expect((await reevaluationsOf([criteriaId], database().prisma, new Date())).get(criteriaId)?.state).toBe("interrupted");
  });

  it("run again by an admin, moves exactly the leads the cut-off run had not reached, and records that it finished", async () => {
    signInAs(users.ADMIN);
    const { resumeMqlReevaluationAction } = await import("@/lib/mql/actions/reevaluate");
    expect(await runAction(resumeMqlReevaluationAction, formData({ id: criteriaId }))).toEqual({ ok: true, redirectedTo: `/settings/mql/versions/${criteriaId}` });

    expect(await moves()).toEqual([
      { entityId: lead.early, fromStage: "AWARENESS", toStage: "CONSIDERATION", actorId: users.MARKETING.id },
      { entityId: lead.held, fromStage: "AWARENESS", toStage: "CONSIDERATION", actorId: users.ADMIN.id },
      { entityId: lead.fallsBack, fromStage: "CONSIDERATION", toStage: "AWARENESS", actorId: users.ADMIN.id },
    ]);
    const { reevaluation } = await page();
    expect(reevaluation).toMatchObject({ state: "finished", checked: REEVALUATION_SLICE + 2, qualified: 2, unqualified: 1, skipped: 0, attempts: 2 });
    expect(reevaluation!.finishedAt).not.toBeNull();

    const entries = await database().prisma.auditLog.findMany({
      where: { entityKind: "MqlCriteria", entityId: String(criteriaId), action: { startsWith: "mql.reevaluate" } },
      select: { action: true, actorId: true, before: true, after: true },
      orderBy: { id: "asc" },
    });
    expect(entries).toMatchObject([
      { action: "mql.reevaluate", actorId: users.ADMIN.id, before: { checked: REEVALUATION_SLICE, qualified: 1, attempts: 1 }, after: { attempts: 2 } },
      { action: "mql.reevaluate.finish", actorId: users.ADMIN.id, after: { checked: REEVALUATION_SLICE + 2, qualified: 2, unqualified: 1, skipped: 0 } },
    ]);
  });

  it("refuses to run a finished re-evaluation again, and running it moves nothing", async () => {
    const before = await moves();
    await expect(resumeReevaluation(database().prisma, criteriaId, { actorId: users.ADMIN.id })).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "settingsMql.reevaluation.error.finished",
    });
    expect(await moves()).toEqual(before);
  });
});
