import "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";
import { actionDatabase, runAction, signInAs } from "../support/action-session";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createAccount, createLead, matrixCells, ownerRow, seedStructure } from "../support/settings-structure-fixtures";

type Stages = typeof import("@/lib/settings/stages/actions");
type Segments = typeof import("@/lib/settings/segments/actions");
type Care = typeof import("@/lib/settings/care-models/actions");

describe("structure settings: stages, the sales model, segments and care models", () => {
  const database = actionDatabase();
  let users: Record<Role, RoleUser>;
  let fixture: Awaited<ReturnType<typeof seedStructure>>;
  let stages: Stages;
  let segments: Segments;
  let care: Care;

  beforeAll(async () => {
    const { prisma } = database();
    users = await createRoleUsers(prisma);
    fixture = await seedStructure(prisma);
    stages = await import("@/lib/settings/stages/actions");
    segments = await import("@/lib/settings/segments/actions");
    care = await import("@/lib/settings/care-models/actions");
    signInAs(users.ADMIN);
  });

  const prisma = () => database().prisma;
  const auditCount = () => prisma().auditLog.count();

  async function stageForm(stage: "COMPARISON" | "PURCHASE") {
    const row = await prisma().stageDefinition.findUniqueOrThrow({ where: { stage } });
    const { updatedAt, order: _order, side: _side, stage: _stage, ...values } = row;
    return { values, openedAt: updatedAt.toISOString() };
  }

  describe("stage definitions", () => {
    it("saves the changed texts and SLA and audits exactly those fields", async () => {
      const { values, openedAt } = await stageForm("COMPARISON");
      const outcome = await runAction(stages.updateStageDefinitionAction, { ...values, stage: "COMPARISON", slaHours: "48", labelFi: "Vertailu ja tarjous", openedAt, base: values });
      expect(outcome).toMatchObject({ ok: true, data: { changed: ["labelFi", "slaHours"] } });
      expect(await prisma().stageDefinition.findUniqueOrThrow({ where: { stage: "COMPARISON" } })).toMatchObject({ slaHours: 48, labelFi: "Vertailu ja tarjous" });
      const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityKind: "StageDefinition", entityId: "COMPARISON" }, orderBy: { id: "desc" } });
      expect(entry).toMatchObject({ actorId: users.ADMIN.id, action: "settings.stage.update", before: { labelFi: "Vertailu", slaHours: 720 }, after: { labelFi: "Vertailu ja tarjous", slaHours: 48 } });
    });

    it("refuses bad input with field messages and changes nothing", async () => {
      const { values, openedAt } = await stageForm("PURCHASE");
      const before = await auditCount();
      const outcome = await runAction(stages.updateStageDefinitionAction, { ...values, stage: "PURCHASE", slaHours: "forty", labelEn: " ", openedAt });
      expect(outcome).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { slaHours: ["Enter a whole number."], labelEn: ["Fill in this field."] } });
      expect(await prisma().stageDefinition.findUniqueOrThrow({ where: { stage: "PURCHASE" } })).toMatchObject({ labelEn: values.labelEn, slaHours: values.slaHours });
      expect(await auditCount()).toBe(before);
    });

    it("refuses a save from a page opened before another admin's save, naming who changed what", async () => {
      const opened = await stageForm("PURCHASE");
      // Another admin saves first.
      const other = await prisma().user.create({ data: { email: "second.admin@actions.test", name: "Second Admin", role: "ADMIN", passwordHash: "-" } });
      signInAs(other);
      await runAction(stages.updateStageDefinitionAction, { ...opened.values, stage: "PURCHASE", labelEn: "Won", openedAt: opened.openedAt, base: opened.values });
      signInAs(users.ADMIN);
      const before = await auditCount();
      const stale = await runAction(stages.updateStageDefinitionAction, { ...opened.values, stage: "PURCHASE", labelEn: "Signed", openedAt: opened.openedAt, base: opened.values });
      expect(stale).toMatchObject({
        ok: false,
        code: "CONFLICT",
        message: "Someone else saved this after you opened the page. Nothing was saved.",
        conflict: { fields: [{ field: "labelEn", base: "Purchase", theirs: "Won", yours: "Signed", changedBy: "Second Admin" }] },
      });
      expect((await prisma().stageDefinition.findUniqueOrThrow({ where: { stage: "PURCHASE" } })).labelEn).toBe("Won");
      expect(await auditCount()).toBe(before);

      // A stale page that touches only fields nobody changed since goes through.
      const untouched = await runAction(stages.updateStageDefinitionAction, { ...opened.values, labelEn: "Won", stage: "PURCHASE", slaHours: "100", openedAt: opened.openedAt, base: { ...opened.values, labelEn: "Won" } });
      expect(untouched).toMatchObject({ ok: true, data: { changed: ["slaHours"] } });
    });
  });

  describe("the sales-model matrix", () => {
    const row = (segmentId: number) => ownerRow(prisma(), segmentId);

    it("saves a segment's row in one go and audits the whole row before → after", async () => {
      const base = await row(fixture.segments.small);
      const cells = matrixCells(base, { PURCHASE: { teamId: fixture.teams.marketing, mode: "DIGITAL" }, IMPACT: { teamId: null, mode: null } });
      const outcome = await runAction(stages.saveSalesModelAction, { segmentId: fixture.segments.small, cells, base });
      expect(outcome).toMatchObject({ ok: true, data: { changed: ["PURCHASE", "IMPACT"] } });
      expect(await row(fixture.segments.small)).toMatchObject({ PURCHASE: { teamId: fixture.teams.marketing, mode: "DIGITAL" }, IMPACT: null, AWARENESS: { teamId: fixture.teams.marketing } });
      const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityKind: "SalesModel", entityId: String(fixture.segments.small) }, orderBy: { id: "desc" } });
      expect(entry.action).toBe("settings.salesModel.update");
      expect(Object.keys(entry.before as object).sort()).toEqual([...BOWTIE_STAGES].sort());
      expect(entry.before).toMatchObject({ PURCHASE: { team: "Account executives", function: "ACCOUNT_EXECUTIVE", mode: "H2H" }, IMPACT: { mode: "H2H" } });
      expect(entry.after).toMatchObject({ PURCHASE: { team: "Marketing", function: "MARKETING", mode: "DIGITAL" }, IMPACT: null });
    });

    it("refuses a team that does not exist, a row from a stale page, and a missing way of working, changing nothing", async () => {
      const base = await row(fixture.segments.mid);
      const before = await auditCount();
      const unknownTeam = await runAction(stages.saveSalesModelAction, { segmentId: fixture.segments.mid, cells: matrixCells(base, { ONBOARDING: { teamId: 99_999, mode: "H2H" } }), base });
      expect(unknownTeam).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ONBOARDING: ["Choose one from the list."] } });
      const noMode = await runAction(stages.saveSalesModelAction, { segmentId: fixture.segments.mid, cells: { ...matrixCells(base), ONBOARDING: { teamId: fixture.teams.sales, mode: "" } }, base });
      expect(noMode).toMatchObject({ ok: false, code: "INVALID" });
      const stale = await runAction(stages.saveSalesModelAction, {
        segmentId: fixture.segments.mid,
        cells: matrixCells(base, { EXPANSION: { teamId: fixture.teams.marketing, mode: "DIGITAL" } }),
        base: { ...base, AWARENESS: null },
      });
      // Each team in the conflict comes with its name, for the panel to show rather than the id.
      expect(stale).toMatchObject({
        ok: false,
        code: "CONFLICT",
        conflict: { fields: [{ field: "AWARENESS", base: null, theirs: { teamId: fixture.teams.marketing, mode: "H2H", team: "Marketing" }, yours: { teamId: fixture.teams.marketing, team: "Marketing" } }] },
      });
      expect(await row(fixture.segments.mid)).toEqual(base);
      expect(await auditCount()).toBe(before);
    });
  });

  describe("care models", () => {
    it("saves names, channels and cadence, refuses no channel and a stale page", async () => {
      const current = await prisma().careModel.findUniqueOrThrow({ where: { tier: "MID" } });
      const { tier, updatedAt, ...values } = current;
      const outcome = await runAction(care.updateCareModelAction, { ...values, tier, channels: ["PHONE", "EMAIL", "EVENT"], contactCadenceDays: "60", openedAt: updatedAt.toISOString(), base: values });
      expect(outcome).toMatchObject({ ok: true, data: { changed: ["channels", "contactCadenceDays"] } });
      const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityKind: "CareModel", entityId: "MID" }, orderBy: { id: "desc" } });
      expect(entry).toMatchObject({ action: "settings.careModel.update", before: { channels: ["PHONE", "EMAIL", "WEB"], contactCadenceDays: 90 }, after: { channels: ["PHONE", "EMAIL", "EVENT"], contactCadenceDays: 60 } });

      const before = await auditCount();
      expect(await runAction(care.updateCareModelAction, { ...values, tier, channels: [], openedAt: updatedAt.toISOString() })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { channels: ["Choose at least one channel."] } });
      expect(await runAction(care.updateCareModelAction, { ...values, tier, contactCadenceDays: 30, openedAt: updatedAt.toISOString(), base: values })).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await prisma().careModel.findUniqueOrThrow({ where: { tier: "MID" } })).toMatchObject({ contactCadenceDays: 60 });
      expect(await auditCount()).toBe(before);
    });
  });

  describe("segment rules, preview and re-assignment", () => {
    const stored = async () =>
      (await prisma().segment.findMany({ orderBy: { priority: "asc" } })).map(({ id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor }) => ({
        id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor,
      }));

    it("moves exactly what the preview said, records each move and sums the run up", async () => {
      const p = prisma();
      const { large, mid, small } = fixture.segments;
      const a = {
        big: await createAccount(p, 5000, large),
        midsize: await createAccount(p, 500, mid),
        tiny: await createAccount(p, 50, small),
        bigDeal: await createAccount(p, 150, mid),
        unknown: await createAccount(p, null, null),
        misplaced: await createAccount(p, 50, large),
      };
      await p.deal.create({ data: { name: "Big deal", accountId: a.bigDeal, type: "NEW", amountMinor: 6_000_000, openedAt: new Date(), closeDate: new Date("2027-01-31") } });
      // A lost deal of the same size does not count: an account's deal size is its largest open or won deal.
      await p.deal.create({ data: { name: "Lost deal", accountId: a.midsize, type: "NEW", amountMinor: 9_000_000, status: "LOST", openedAt: new Date(), closeDate: new Date("2026-01-31") } });
      const l = {
        ofBigDeal: await createLead(p, { accountId: a.bigDeal, segmentId: mid }),
        ofMisplaced: await createLead(p, { accountId: a.misplaced, segmentId: large }),
        alone120: await createLead(p, { employees: 120, segmentId: mid }),
        aloneUnknown: await createLead(p, { employees: null, segmentId: null }),
        alone2000: await createLead(p, { employees: 2000, segmentId: small }),
      };

      // A new first rule for deals of €50,000 or more; mid-market starts at 200; small ends at 199.
      const current = await stored();
      const rules = [
        { id: null, key: "key-deals", nameEn: "Key deals", nameFi: "Avainkaupat", priority: 1, minEmployees: null, maxEmployees: null, minDealAmountMinor: "50 000", maxDealAmountMinor: "" },
        ...current.map((rule) => ({ ...rule, priority: rule.priority + 1, ...(rule.key === "mid" && { minEmployees: 200 }), ...(rule.key === "small" && { maxEmployees: 199 }) })),
      ];
      const preview = await runAction(segments.previewSegmentRulesAction, { rules });
      expect(preview).toMatchObject({ ok: true, data: { keys: [-1, large, mid, small] } });
      if (!preview.ok || !("data" in preview)) throw new Error("no preview");
      expect(preview.data.accounts.moved).toBe(2);
      expect(preview.data.leads.moved).toBe(4);
      expect(preview.data.accounts.rows).toEqual([
        { segment: -1, now: 0, after: 1, moveIn: 1, moveOut: 0 },
        { segment: large, now: 2, after: 1, moveIn: 0, moveOut: 1 },
        { segment: mid, now: 2, after: 1, moveIn: 0, moveOut: 1 },
        { segment: small, now: 1, after: 2, moveIn: 1, moveOut: 0 },
        { segment: null, now: 1, after: 1, moveIn: 0, moveOut: 0 },
      ]);
      expect(await p.account.count({ where: { segmentId: large } })).toBe(2);

      const saved = await runAction(segments.saveSegmentRulesAction, { rules, base: current });
      expect(saved).toMatchObject({ ok: true, data: { created: [expect.any(Number)], updated: [large, mid, small] } });
      const keyDeals = (saved as { data: { created: number[] } }).data.created[0]!;
      expect((await stored()).map((rule) => [rule.key, rule.priority, rule.minEmployees, rule.maxEmployees, rule.minDealAmountMinor])).toEqual([
        ["key-deals", 1, null, null, 5_000_000],
        ["large", 2, 1000, null, null],
        ["mid", 3, 200, 999, null],
        ["small", 4, null, 199, null],
      ]);
      expect(await p.auditLog.findFirst({ where: { action: "segment.create", entityId: String(keyDeals) } })).toMatchObject({ after: { key: "key-deals", minDealAmountMinor: 5_000_000 } });
      expect(await p.auditLog.findFirst({ where: { action: "segment.update", entityId: String(mid) }, orderBy: { id: "desc" } })).toMatchObject({ before: { priority: 2, minEmployees: 100 }, after: { priority: 3, minEmployees: 200 } });
      // Saving moves nothing yet.
      expect(await p.account.findUniqueOrThrow({ where: { id: a.bigDeal } })).toMatchObject({ segmentId: mid, version: 1 });

      const run = await runAction(segments.reassignSegmentsAction, {});
      expect(run).toMatchObject({ ok: true, data: { accounts: 2, leads: 4 } });
      const segmentOf = async (table: "account" | "lead", id: number) =>
        (await (p[table] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ segmentId: number | null; version: number }> }).findUniqueOrThrow({ where: { id }, select: { segmentId: true, version: true } }));
      expect(await segmentOf("account", a.bigDeal)).toEqual({ segmentId: keyDeals, version: 2 });
      expect(await segmentOf("account", a.misplaced)).toEqual({ segmentId: small, version: 2 });
      expect(await segmentOf("account", a.midsize)).toEqual({ segmentId: mid, version: 1 });
      expect(await segmentOf("account", a.unknown)).toEqual({ segmentId: null, version: 1 });
      expect(await segmentOf("lead", l.ofBigDeal)).toEqual({ segmentId: keyDeals, version: 2 });
      expect(await segmentOf("lead", l.ofMisplaced)).toEqual({ segmentId: small, version: 2 });
      expect(await segmentOf("lead", l.alone120)).toEqual({ segmentId: small, version: 2 });
      expect(await segmentOf("lead", l.alone2000)).toEqual({ segmentId: large, version: 2 });
      expect(await segmentOf("lead", l.aloneUnknown)).toEqual({ segmentId: null, version: 1 });

      const moves = await p.auditLog.findMany({ where: { action: "segment.reassign" }, orderBy: { id: "asc" } });
      expect(moves.filter((entry) => entry.entityKind === "ACCOUNT")).toHaveLength(2);
      expect(moves.filter((entry) => entry.entityKind === "LEAD")).toHaveLength(4);
      expect(moves.find((entry) => entry.entityId === String(a.bigDeal) && entry.entityKind === "ACCOUNT")).toMatchObject({
        actorId: users.ADMIN.id,
        before: { segmentId: mid, version: 1 },
        after: { segmentId: keyDeals, version: 2 },
      });
      const summary = await p.auditLog.findFirstOrThrow({ where: { action: "segment.reassignment" }, orderBy: { id: "desc" } });
      expect(summary.after).toMatchObject({
        accounts: [
          { from: large, to: small, records: 1 },
          { from: mid, to: keyDeals, records: 1 },
        ],
        leads: expect.arrayContaining([
          { from: small, to: large, records: 1 },
          { from: mid, to: small, records: 1 },
          { from: mid, to: keyDeals, records: 1 },
          { from: large, to: small, records: 1 },
        ]),
      });

      // Run again: nothing left to move, and the run says so.
      expect(await runAction(segments.reassignSegmentsAction, {})).toMatchObject({ ok: true, data: { accounts: 0, leads: 0 } });
      expect(await p.auditLog.count({ where: { action: "segment.reassign" } })).toBe(6);
    });

    it("refuses bad rules and a save over rules changed since the page was opened, changing nothing", async () => {
      const current = await stored();
      const before = await auditCount();
      const inverted = current.map((rule, index) => (index === 0 ? { ...rule, minEmployees: 10, maxEmployees: 5 } : rule));
      expect(await runAction(segments.saveSegmentRulesAction, { rules: inverted, base: current })).toMatchObject({ ok: false, code: "INVALID" });
      const duplicate = current.map((rule, index) => (index === 1 ? { ...rule, key: current[0]!.key } : rule));
      expect(await runAction(segments.saveSegmentRulesAction, { rules: duplicate, base: current })).toMatchObject({ ok: false, code: "INVALID" });

      const opened = current.map((rule, index) => (index === 0 ? { ...rule, nameEn: "What the page showed" } : rule));
      const stale = await runAction(segments.saveSegmentRulesAction, { rules: current.map((rule) => ({ ...rule, nameFi: `${rule.nameFi}!` })), base: opened });
      expect(stale).toMatchObject({
        ok: false,
        code: "CONFLICT",
        message: expect.stringContaining("Another admin changed the segments"),
        // By segment id, each value the whole rule: the panel names the segment from it.
        // Named by whoever saved a segment last: the rules were saved segment by segment.
        conflict: { fields: [{ field: String(current[0]!.id), base: { nameEn: "What the page showed" }, theirs: { key: current[0]!.key, nameEn: current[0]!.nameEn }, changedBy: users.ADMIN.name }] },
      });
      const missing = await runAction(segments.saveSegmentRulesAction, { rules: current.slice(1), base: current.slice(1) });
      expect(missing).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await stored()).toEqual(current);
      expect(await auditCount()).toBe(before);
    });

    it("refuses to delete a segment that anything names, and deletes an unused one with its matrix row", async () => {
      const p = prisma();
      const before = await auditCount();
      const refused = await runAction(segments.deleteSegmentAction, { id: fixture.segments.mid });
      expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: "This segment cannot be deleted: it still has", fieldErrors: { id: ["accounts"] } });

      const unused = await p.segment.create({ data: { key: "spare", nameEn: "Spare", nameFi: "Vara", priority: 50 } });
      await p.mqlCriteria.create({ data: { segmentId: unused.id, version: 1, minEngagementScore: 10, withinDays: 30 } });
      expect(await runAction(segments.deleteSegmentAction, { id: unused.id })).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { id: ["MQL criteria versions (their history is kept)"] } });
      expect(await p.mqlCriteria.count({ where: { segmentId: unused.id } })).toBe(1);
      expect(await auditCount()).toBe(before);

      const empty = await p.segment.create({ data: { key: "empty", nameEn: "Empty", nameFi: "Tyhjä", priority: 51 } });
      await p.stageOwner.create({ data: { stage: "AWARENESS", segmentId: empty.id, teamId: fixture.teams.marketing, mode: "DIGITAL" } });
      expect(await runAction(segments.deleteSegmentAction, { id: empty.id })).toMatchObject({ ok: true });
      expect(await p.segment.findUnique({ where: { id: empty.id } })).toBeNull();
      expect(await p.auditLog.findFirstOrThrow({ where: { action: "segment.delete", entityId: String(empty.id) } })).toMatchObject({
        before: { key: "empty", salesModel: { AWARENESS: { team: "Marketing", mode: "DIGITAL" } } },
      });
      expect(await runAction(segments.deleteSegmentAction, { id: empty.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    });
  });

  it("the rules' SQL places every account and lead as rules.ts does", async () => {
    const p = prisma();
    const { loadAssignmentFlows } = await import("@/lib/settings/segments/assignment-flows");
    const { matchingRule } = await import("@/lib/settings/segments/rules");
    // A fixed pseudo-random company mix: employee counts with gaps and unknowns, deals open, won and lost.
    let seed = 7;
    const next = (range: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % range;
    for (let i = 0; i < 40; i++) {
      const id = await createAccount(p, next(5) === 0 ? null : next(3000), null);
      for (let d = next(3); d > 0; d--) {
        await p.deal.create({ data: { name: `Deal ${i}.${d}`, accountId: id, type: "NEW", amountMinor: next(100) * 100_000, status: (["OPEN", "WON", "LOST"] as const)[next(3)], openedAt: new Date(), closeDate: new Date("2027-01-31") } });
      }
      if (next(2)) await createLead(p, { accountId: id, segmentId: null });
      await createLead(p, { employees: next(4) === 0 ? null : next(3000), segmentId: null });
    }
    const rule = (minEmployees: number | null, maxEmployees: number | null, minDealAmountMinor: number | null, maxDealAmountMinor: number | null) => ({ minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor });
    const rules = [rule(null, null, 5_000_000, null), rule(500, 2000, null, 3_000_000), rule(100, 499, null, null), rule(null, 99, null, null)];
    const values = [11, 12, 13, 14];

    const flows = await loadAssignmentFlows(p, rules, values);
    const accounts = await p.account.findMany({ select: { id: true, employees: true, segmentId: true, deals: { where: { status: { not: "LOST" } }, select: { amountMinor: true } } } });
    const targetOf = new Map(accounts.map((account) => {
      const deal = account.deals.length ? Math.max(...account.deals.map((d) => d.amountMinor)) : null;
      const index = matchingRule(rules, { employees: account.employees, dealAmountMinor: deal });
      return [account.id, index === null ? null : values[index]!];
    }));
    const leads = await p.lead.findMany({ select: { accountId: true, employees: true, segmentId: true } });
    const tally = (pairs: [number | null, number | null][]) => {
      const counts = new Map<string, number>();
      for (const [from, to] of pairs) counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
      return Object.fromEntries([...counts].sort());
    };
    const flowTally = (list: { from: number | null; to: number | null; records: number }[]) => Object.fromEntries(list.map((flow) => [`${flow.from}>${flow.to}`, flow.records]).sort());
    expect(flowTally(flows.accounts)).toEqual(tally(accounts.map((account) => [account.segmentId, targetOf.get(account.id)!])));
    expect(flowTally(flows.leads)).toEqual(
      tally(leads.map((lead) => {
        if (lead.accountId !== null) return [lead.segmentId, targetOf.get(lead.accountId)!];
        const index = matchingRule(rules, { employees: lead.employees, dealAmountMinor: null });
        return [lead.segmentId, index === null ? null : values[index]!];
      })),
    );
  });
});
