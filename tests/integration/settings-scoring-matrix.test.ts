import "../support/action-session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/permissions";
import { emptyRules } from "@/lib/scoring/rules";
import { INTERRUPTED } from "@/lib/scoring/run-claim";
import { latestRun } from "@/lib/scoring/run-view";
import { runAction, runAfterTasks, signInAs } from "../support/action-session";
import { permissionMatrix, type MatrixCall, type MatrixRow } from "../support/permission-matrix";
import { createRoleUsers, type RoleUser } from "../support/role-users";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type Actions = typeof import("@/app/(app)/settings/scoring/actions");
type RunRoute = typeof import("@/app/api/settings/scoring/run/route");
// From the issue: only ADMIN reaches the settings and their actions.
const ADMIN_ONLY: readonly Role[] = ["ADMIN"];

// Draft rules as the settings form sends them: every number as typed text.
const draft = (halfLifeDays: number) => ({
  fitRules: [
    { attribute: "INDUSTRY", value: "Manufacturing", minEmployees: "", maxEmployees: "", points: "30" },
    { attribute: "EMPLOYEES", value: "", minEmployees: "100", maxEmployees: "999", points: "25" },
  ],
  engagementPoints: Object.fromEntries(Object.keys(emptyRules().engagementPoints).map((type) => [type, type === "WEBINAR" ? "18" : "5"])),
  halfLifeDays: String(halfLifeDays),
});

describe("who may preview, save and recompute the scoring rules", () => {
  let database: TestDatabase;
  let users: Record<Role, RoleUser>;
  let actions: Actions;
  let route: RunRoute;

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    users = await createRoleUsers(database.prisma);
    actions = await import("@/app/(app)/settings/scoring/actions");
    route = await import("@/app/api/settings/scoring/run/route");
    await database.prisma.lead.createMany({
      data: [
        { firstName: "Anna", lastName: "Virtanen", source: "WEB", industry: "Manufacturing", employees: 250 },
        { firstName: "Ville", lastName: "Koski", source: "WEBINAR", industry: "Retail chains", employees: 20 },
      ],
    });
    const lead = await database.prisma.lead.findFirstOrThrow({ where: { lastName: "Virtanen" } });
    await database.prisma.touchpoint.create({ data: { type: "WEBINAR", channel: "WEB", occurredAt: new Date(Date.now() - 86_400_000), leadId: lead.id } });
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });

  // The form sends text; the actions' input types are the schemas' own, so calls go through untyped.
  const call = (action: keyof Actions, input: unknown) => runAction(actions[action] as (previous: ActionResult<unknown> | null, input: unknown) => Promise<ActionResult<unknown>>, input);
  const activeVersion = async () => (await database.prisma.scoringRuleSet.findFirst({ orderBy: { version: "desc" }, select: { version: true } }))?.version ?? 0;
  // Rules in force, and scores drifted from them, so that a run has something to write.
  const rulesWithDrift = async () => {
    if ((await activeVersion()) === 0) {
      await runAsAdmin(() => call("saveScoringRulesAction", { rules: draft(999), baseVersion: 0 }));
      await runAfterTasks();
    }
    await database.prisma.lead.updateMany({ data: { fitScore: 1, engagementScore: 1 } });
  };

  const ROWS: MatrixRow[] = [
    { action: "previewScoringAction", allowed: ADMIN_ONLY, reads: true, prepare: async (n) => () => call("previewScoringAction", { rules: draft(n) }) },
    {
      action: "saveScoringRulesAction",
      allowed: ADMIN_ONLY,
      prepare: async (n) => {
        const baseVersion = await activeVersion();
        return () => call("saveScoringRulesAction", { rules: draft(n), baseVersion });
      },
    },
    {
      action: "recomputeScoresAction",
      allowed: ADMIN_ONLY,
      prepare: async () => {
        await rulesWithDrift();
        return () => call("recomputeScoresAction", {});
      },
    },
    {
      action: "restartScoringRunAction",
      allowed: ADMIN_ONLY,
      prepare: async () => {
        await rulesWithDrift();
        const ruleSet = await database.prisma.scoringRuleSet.findFirstOrThrow({ orderBy: { version: "desc" }, select: { id: true } });
        const run = await database.prisma.scoringRun.create({
          data: { ruleSetId: ruleSet.id, fit: true, engagement: true, asOf: new Date(), status: "FAILED", failure: INTERRUPTED },
        });
        return () => call("restartScoringRunAction", { runId: String(run.id) });
      },
    },
  ];

  async function runAsAdmin(call: MatrixCall) {
    signInAs(users.ADMIN);
    const outcome = await call();
    expect(outcome).toMatchObject({ ok: true });
  }

  // Everything an action could write: rule versions, runs, scores and audit entries.
  const footprint = async () =>
    database.prisma.$queryRaw<object[]>`
      SELECT (SELECT count(*) FROM "AuditLog")::int AS audit, (SELECT count(*) FROM "ScoringRuleSet")::int AS versions,
             (SELECT count(*) FROM "ScoringRun")::int AS runs,
             (SELECT count(*) FROM "ScoringFitRule")::int AS rules, (SELECT count(*) FROM "StageTransition")::int AS transitions,
             (SELECT string_agg(id || ':' || "fitScore" || ':' || "engagementScore" || ':' || coalesce("scoringRuleSetId", 0) || ':' || version, ',' ORDER BY id) FROM "Lead") AS leads`;
  const next = permissionMatrix({
    rows: ROWS,
    users: () => users,
    prisma: () => database.prisma,
    footprint,
    // The run a save or a recompute starts goes on after the response.
    settle: runAfterTasks,
    answer: { ok: true, data: { runId: expect.any(Number) } },
    readAnswer: { ok: true, data: { leads: 2, fit: { changed: expect.any(Number) }, engagement: { changed: expect.any(Number) } } },
    checkWrite: async () => {
      expect(await database.prisma.scoringRun.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ status: "DONE", processedLeads: 2, actorId: users.ADMIN.id });
    },
  });

  const poll = () => route.GET(new Request("http://rusetti.test/api/settings/scoring/run"), undefined);

  it.each(ROLES.map((role) => [role, role === "ADMIN" ? 200 : 403] as const))("the run's progress route as %s: %i", async (role, status) => {
    signInAs(users[role]);
    const response = await poll();
    expect(response.status).toBe(status);
    const body = await response.json();
    if (status === 200) expect(body).toEqual({ ...JSON.parse(JSON.stringify(await latestRun(database.prisma))), id: expect.any(Number) });
    else expect(body).toMatchObject({ error: "FORBIDDEN" });
  });

  it("the run's progress route signed out: 401", async () => {
    signInAs(null);
    expect((await poll()).status).toBe(401);
  });

  it("while a run is under way, a recompute, a save and a restart are refused with a message, changing nothing", async () => {
    signInAs(users.ADMIN);
    expect(await call("recomputeScoresAction", {})).toMatchObject({ ok: true });
    const queued = await database.prisma.scoringRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(queued.status).toBe("QUEUED");
    const before = await footprint();
    const busy = { ok: false, code: "CONFLICT", message: "A recompute is already running. Wait until it has finished, then try again." };
    expect(await call("recomputeScoresAction", {})).toMatchObject(busy);
    expect(await call("saveScoringRulesAction", { rules: draft(next()), baseVersion: await activeVersion() })).toMatchObject(busy);
    expect(await call("restartScoringRunAction", { runId: queued.id })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await footprint()).toEqual(before);
    await runAfterTasks();
    expect(await database.prisma.scoringRun.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "DONE" });
  });

  const invalid: [string, (rules: ReturnType<typeof draft>) => unknown][] = [
    ["points beyond ±100", (rules) => ({ ...rules, fitRules: [{ ...rules.fitRules[0]!, points: "150" }] })],
    ["a size rule without bounds", (rules) => ({ ...rules, fitRules: [{ ...rules.fitRules[1]!, minEmployees: "", maxEmployees: "" }] })],
    ["a size range upside down", (rules) => ({ ...rules, fitRules: [{ ...rules.fitRules[1]!, minEmployees: "500", maxEmployees: "100" }] })],
    ["a country that is not a code", (rules) => ({ ...rules, fitRules: [{ attribute: "COUNTRY", value: "Finland", minEmployees: "", maxEmployees: "", points: "5" }] })],
    ["an unknown persona", (rules) => ({ ...rules, fitRules: [{ attribute: "PERSONA", value: "CEO", minEmployees: "", maxEmployees: "", points: "5" }] })],
    ["the same condition twice", (rules) => ({ ...rules, fitRules: [rules.fitRules[0]!, { ...rules.fitRules[0]!, value: "manufacturing" }] })],
    ["a half-life of 0 days", (rules) => ({ ...rules, halfLifeDays: "0" })],
    ["negative engagement points", (rules) => ({ ...rules, engagementPoints: { ...rules.engagementPoints, MEETING: "-5" } })],
    ["a missing touchpoint type", (rules) => ({ ...rules, engagementPoints: { WEBINAR: "10" } })],
  ];

  it.each(invalid)("a save with %s is refused with a message, changing nothing", async (_label, spoil) => {
    const baseVersion = await activeVersion();
    signInAs(users.ADMIN);
    const before = await footprint();
    const outcome = await call("saveScoringRulesAction", { rules: spoil(draft(next())), baseVersion });
    expect(outcome).toMatchObject({ ok: false, code: "INVALID", message: expect.any(String) });
    expect(await footprint()).toEqual(before);
  });

  it("a save from a form opened at an older version is a conflict, changing nothing", async () => {
    const baseVersion = (await activeVersion()) - 1;
    signInAs(users.ADMIN);
    const before = await footprint();
    const outcome = await call("saveScoringRulesAction", { rules: draft(next()), baseVersion });
    expect(outcome).toMatchObject({ ok: false, code: "CONFLICT", message: "Someone saved the rules after you opened them. Reload the page to see their version." });
    expect(await footprint()).toEqual(before);
  });

  it("saving the rules in force is refused, changing nothing", async () => {
    const active = await database.prisma.scoringRuleSet.findFirstOrThrow({ orderBy: { version: "desc" }, select: { version: true, halfLifeDays: true } });
    signInAs(users.ADMIN);
    const before = await footprint();
    const outcome = await call("saveScoringRulesAction", { rules: draft(active.halfLifeDays), baseVersion: active.version });
    expect(outcome).toMatchObject({ ok: false, code: "INVALID", message: "These are the rules already in force: there is nothing to save." });
    expect(await footprint()).toEqual(before);
  });

  it("recomputing before any rules were saved is refused with a message", async () => {
    const empty = await createTestDatabase();
    try {
      const { startRecompute } = await import("@/lib/scoring/save");
      await expect(startRecompute(empty.prisma, { actorId: null, at: new Date() })).rejects.toMatchObject({ code: "INVALID", messageKey: "scoring.recompute.noRules" });
      expect([await empty.prisma.auditLog.count(), await empty.prisma.scoringRun.count()]).toEqual([0, 0]);
    } finally {
      await empty.drop();
    }
  });
});
