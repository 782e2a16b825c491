import "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { actionDatabase, runAction, signInAs, type ActionOutcome } from "../support/action-session";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createAccount, matrixCells, ownerRow, seedStructure } from "../support/settings-structure-fixtures";

type Call = () => Promise<ActionOutcome<unknown>>;
/** One row per action of the stage, segment and care-model settings; `reads`: an allowed call answers with data and writes nothing. */
type Row = { action: string; allowed: readonly Role[]; prepare: (unique: number) => Promise<Call>; reads?: true };

// The issue: "only ADMIN reaches these pages and actions; the server refuses everyone else."
const ADMIN_ONLY: readonly Role[] = ["ADMIN"];

describe("who may call each structure settings action", () => {
  const database = actionDatabase();
  let users: Record<Role, RoleUser>;
  let fixture: Awaited<ReturnType<typeof seedStructure>>;
  let stages: typeof import("@/lib/settings/stages/actions");
  let segments: typeof import("@/lib/settings/segments/actions");
  let care: typeof import("@/lib/settings/care-models/actions");

  beforeAll(async () => {
    users = await createRoleUsers(database().prisma);
    fixture = await seedStructure(database().prisma);
    stages = await import("@/lib/settings/stages/actions");
    segments = await import("@/lib/settings/segments/actions");
    care = await import("@/lib/settings/care-models/actions");
  });

  const prisma = () => database().prisma;

  async function stageEdit(n: number) {
    const { updatedAt, order: _order, side: _side, stage: _stage, ...values } = await prisma().stageDefinition.findUniqueOrThrow({ where: { stage: "CONSIDERATION" } });
    return { ...values, stage: "CONSIDERATION" as const, labelEn: `Consideration ${n}`, openedAt: updatedAt.toISOString(), base: values };
  }

  async function modelEdit(n: number) {
    const base = await ownerRow(prisma(), fixture.segments.mid);
    return { segmentId: fixture.segments.mid, base, cells: matrixCells(base, { EXPANSION: { teamId: fixture.teams.sales, mode: n % 2 ? "DIGITAL" : "H2H" } }) };
  }

  async function rulesNow() {
    return (await prisma().segment.findMany({ orderBy: { priority: "asc" } })).map(({ id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor }) => ({
      id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor,
    }));
  }

  async function careEdit(n: number) {
    const { tier, updatedAt, ...values } = await prisma().careModel.findUniqueOrThrow({ where: { tier: "SMALL" } });
    return { ...values, tier, contactCadenceDays: 100 + n, openedAt: updatedAt.toISOString(), base: values };
  }

  const ROWS: Row[] = [
    { action: "updateStageDefinitionAction", allowed: ADMIN_ONLY, prepare: async (n) => { const input = await stageEdit(n); return () => runAction(stages.updateStageDefinitionAction, input); } },
    { action: "saveSalesModelAction", allowed: ADMIN_ONLY, prepare: async (n) => { const input = await modelEdit(n); return () => runAction(stages.saveSalesModelAction, input); } },
    { action: "previewSegmentRulesAction", allowed: ADMIN_ONLY, reads: true, prepare: async () => { const rules = await rulesNow(); return () => runAction(segments.previewSegmentRulesAction, { rules }); } },
    {
      action: "saveSegmentRulesAction",
      allowed: ADMIN_ONLY,
      prepare: async (n) => {
        const base = await rulesNow();
        const rules = base.map((rule, index) => (index === 0 ? { ...rule, nameEn: `Large ${n}` } : rule));
        return () => runAction(segments.saveSegmentRulesAction, { rules, base });
      },
    },
    {
      action: "reassignSegmentsAction",
      allowed: ADMIN_ONLY,
      // An account in the wrong segment, so an allowed run has something to move.
      prepare: async () => { await createAccount(prisma(), 10, fixture.segments.large); return () => runAction(segments.reassignSegmentsAction, {}); },
    },
    {
      action: "deleteSegmentAction",
      allowed: ADMIN_ONLY,
      prepare: async (n) => {
        const { id } = await prisma().segment.create({ data: { key: `spare-${n}`, nameEn: "Spare", nameFi: "Vara", priority: 100 + n } });
        return () => runAction(segments.deleteSegmentAction, { id });
      },
    },
    { action: "updateCareModelAction", allowed: ADMIN_ONLY, prepare: async (n) => { const input = await careEdit(n); return () => runAction(care.updateCareModelAction, input); } },
  ];

  // Everything these actions could write: audit entries, the settings rows, the records' segments.
  const footprint = async () =>
    prisma().$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit,
             (SELECT md5(string_agg(row_to_json(s)::text, ',' ORDER BY s.stage)) FROM "StageDefinition" s) AS stages,
             (SELECT md5(coalesce(string_agg(row_to_json(o)::text, ',' ORDER BY o."segmentId", o.stage), '')) FROM "StageOwner" o) AS owners,
             (SELECT md5(string_agg(row_to_json(g)::text, ',' ORDER BY g.id)) FROM "Segment" g) AS segments,
             (SELECT md5(string_agg(row_to_json(c)::text, ',' ORDER BY c.tier)) FROM "CareModel" c) AS care,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(sum("segmentId"), 0) FROM "Account") AS accounts,
             (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(sum("segmentId"), 0) FROM "Lead") AS leads`;

  let unique = 1;
  const cases = ROWS.flatMap((row) => ROLES.map((role) => [row.action, role, row.allowed.includes(role) ? "allowed" : "FORBIDDEN", row] as const));

  it.each(cases)("%s as %s: %s", async (_action, role, expected, row) => {
    const call = await row.prepare(unique++);
    signInAs(users[role]);
    const before = await footprint();
    const outcome = await call();
    if (expected === "allowed" && row.reads) {
      expect(outcome).toMatchObject({ ok: true, data: expect.anything() });
      expect(await footprint()).toEqual(before);
    } else if (expected === "allowed") {
      expect(outcome).toMatchObject({ ok: true });
      const after = (await footprint()) as [{ audit: number }];
      expect(after).not.toEqual(before);
      expect(after[0].audit).toBeGreaterThan((before as [{ audit: number }])[0].audit);
    } else {
      expect(outcome).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await footprint()).toEqual(before);
    }
  });

  it.each(ROWS.map((row) => [row.action, row] as const))("%s signed out: UNAUTHENTICATED, nothing written", async (_action, row) => {
    const call = await row.prepare(unique++);
    signInAs(null);
    const before = await footprint();
    expect(await call()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await footprint()).toEqual(before);
  });
});
