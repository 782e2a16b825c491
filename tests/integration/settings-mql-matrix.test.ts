import "../support/action-session";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n/translator";
import { createDraft } from "@/lib/mql/drafts";
import type { MqlDraftFields } from "@/lib/mql/schema";
import { getVersion } from "@/lib/mql/versions";
import { actionDatabase, formData, runAction, signInAs } from "../support/action-session";
import { permissionMatrix, type MatrixRow } from "../support/permission-matrix";
import { createRoleUsers, type RoleUser } from "../support/role-users";

type Actions = {
  drafts: typeof import("@/lib/mql/actions/drafts");
  preview: typeof import("@/lib/mql/actions/preview");
  approve: typeof import("@/lib/mql/actions/approve");
  reevaluate: typeof import("@/lib/mql/actions/reevaluate");
};

const fields: MqlDraftFields = { industries: ["Manufacturing"], minEmployees: 50, maxEmployees: 500, countries: ["FI", "SE"], personas: ["MANAGER"], titleKeywords: ["huolto"], minEngagementScore: 40, withinDays: 60, notes: null };
const form = (values: Record<string, unknown>) =>
  formData({ ...values, "industries[]": fields.industries, countries: "FI, SE", "personas[]": fields.personas, titleKeywords: "huolto", minEmployees: "50", maxEmployees: "500", minEngagementScore: "40", withinDays: "60" });

describe("who may call each MQL agreement action", () => {
  const database = actionDatabase();
  let users: Record<Role, RoleUser>;
  let actions: Actions;

  beforeAll(async () => {
    users = await createRoleUsers(database().prisma);
    actions = {
      drafts: await import("@/lib/mql/actions/drafts"),
      preview: await import("@/lib/mql/actions/preview"),
      approve: await import("@/lib/mql/actions/approve"),
      reevaluate: await import("@/lib/mql/actions/reevaluate"),
    };
  });

  // Each call gets a segment of its own with a version in force, so calls never meet.
  async function segment(n: number): Promise<number> {
    const prisma = database().prisma;
    const { id } = await prisma.segment.create({ data: { key: `segment-${n}`, nameEn: `Segment ${n}`, nameFi: `Segmentti ${n}`, priority: n } });
    await prisma.mqlCriteria.create({ data: { segmentId: id, version: 1, status: "ACTIVE", activatedAt: new Date(), ...fields } });
    return id;
  }
  // The version in force of a segment of its own, with a re-evaluation left unfinished long ago.
  async function interrupted(n: number): Promise<number> {
    const prisma = database().prisma;
    const { id } = await prisma.mqlCriteria.findFirstOrThrow({ where: { segmentId: await segment(n), status: "ACTIVE" }, select: { id: true } });
    const long = new Date(Date.now() - 3_600_000);
    await prisma.mqlReevaluation.create({ data: { criteriaId: id, runner: randomUUID(), startedAt: long, heartbeatAt: long } });
    return id;
  }
  async function draft(n: number): Promise<{ id: number; base: string }> {
    const id = await createDraft(database().prisma, await segment(n), { ...fields, minEngagementScore: 60 }, { actorId: users.ADMIN.id });
    return { id, base: (await getVersion(id, database().prisma))!.fingerprint };
  }

  // From the issue: only ADMIN defines the agreement; each side is approved only by its own role.
  const ROWS: MatrixRow[] = [
    { action: "createMqlDraftAction", allowed: ["ADMIN"], prepare: async (n) => { const segmentId = await segment(n); return () => runAction(actions.drafts.createMqlDraftAction, form({ segmentId })); } },
    { action: "updateMqlDraftAction", allowed: ["ADMIN"], prepare: async (n) => { const { id, base } = await draft(n); return () => runAction(actions.drafts.updateMqlDraftAction, form({ id, base, notes: "Changed" })); } },
    { action: "discardMqlDraftAction", allowed: ["ADMIN"], prepare: async (n) => { const { id, base } = await draft(n); return () => runAction(actions.drafts.discardMqlDraftAction, formData({ id, base })); } },
    { action: "previewMqlDraftAction", allowed: ["ADMIN"], reads: true, answer: { ok: true, data: { open: 0, qualify: 0 } }, prepare: async (n) => { const segmentId = await segment(n); return () => runAction(actions.preview.previewMqlDraftAction, form({ segmentId })); } },
    { action: "approveMqlSalesAction", allowed: ["SALES"], prepare: async (n) => { const input = await draft(n); return () => runAction(actions.approve.approveMqlSalesAction, formData(input)); } },
    { action: "approveMqlMarketingAction", allowed: ["MARKETING"], prepare: async (n) => { const input = await draft(n); return () => runAction(actions.approve.approveMqlMarketingAction, formData(input)); } },
    { action: "resumeMqlReevaluationAction", allowed: ["ADMIN"], prepare: async (n) => { const id = await interrupted(n); return () => runAction(actions.reevaluate.resumeMqlReevaluationAction, formData({ id })); } },
  ];

  // Everything an action could write: the versions and their content, approvals, re-evaluation runs, lead moves, audit entries.
  const footprint = async () =>
    database().prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit,
             (SELECT md5(coalesce(string_agg(c::text, ',' ORDER BY c.id), '')) FROM "MqlCriteria" c) AS criteria,
             (SELECT count(*) FROM "MqlApproval")::int AS approvals,
             (SELECT md5(coalesce(string_agg(r::text, ',' ORDER BY r.id), '')) FROM "MqlReevaluation" r) AS runs,
             (SELECT count(*) FROM "StageTransition")::int AS transitions,
             (SELECT coalesce(sum(version), 0)::int FROM "Lead") AS leads`;

  const next = permissionMatrix({
    rows: ROWS,
    users: () => users,
    prisma: () => database().prisma,
    footprint,
    // A write opens the page that shows what it did: the version, the agreements, or the approvers' page.
    answer: { ok: true, redirectedTo: expect.stringMatching(/^\/(settings\/mql(\/versions\/\d+)?|mql\?approved=\d+)$/) },
  });

  const t = createTranslator("en");
  it.each([
    ["a minimum above the maximum", { minEmployees: "600" }, "maxEmployees", t("settingsMql.validation.sizeOrder")],
    ["a country that is not an ISO code", { countries: "FI, XX" }, "countries", t("settingsMql.validation.country")],
    ["an engagement score above 100", { minEngagementScore: "101" }, "minEngagementScore", t("validation.tooLarge")],
    ["a window shorter than a day", { withinDays: "0" }, "withinDays", t("validation.tooSmall")],
    ["no engagement score", { minEngagementScore: "" }, "minEngagementScore", t("validation.wholeNumber")],
    ["an unknown persona", { "personas[]": ["CEO"] }, "personas", t("validation.option")],
  ])("a draft with %s is refused with a translated message on its field, and nothing is written", async (_case, change, field, message) => {
    const segmentId = await segment(next());
    signInAs(users.ADMIN);
    const before = await footprint();
    const data = form({ segmentId });
    for (const [name, value] of Object.entries(change)) {
      data.delete(name);
      for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
    }
    const outcome = await runAction(actions.drafts.createMqlDraftAction, data);
    expect(outcome).toMatchObject({ ok: false, code: "INVALID" });
    expect((outcome as { fieldErrors: Record<string, string[]> }).fieldErrors[field]).toContain(message);
    expect(await footprint()).toEqual(before);
  });

  it("answers a stale approval with a conflict and approves nothing", async () => {
    const { id } = await draft(next());
    signInAs(users.SALES);
    const before = await footprint();
    expect(await runAction(actions.approve.approveMqlSalesAction, formData({ id, base: "what-the-approver-read-earlier" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: t("settingsMql.error.changed"),
    });
    expect(await footprint()).toEqual(before);
  });
});
