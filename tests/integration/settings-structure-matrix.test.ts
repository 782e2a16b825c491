import "../support/action-session";
import { beforeAll, describe } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { actionDatabase, runAction } from "../support/action-session";
import { permissionMatrix, type MatrixRow } from "../support/permission-matrix";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createAccount, matrixCells, ownerRow, seedStructure } from "../support/settings-structure-fixtures";

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

  const ROWS: MatrixRow[] = [
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

  permissionMatrix({ rows: ROWS, users: () => users, prisma: () => database().prisma, footprint });
});
