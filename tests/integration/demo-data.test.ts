import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo, type DemoSummary } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const endDate = new Date("2026-11-23T00:00:00Z");

const ENTITIES = [
  { kind: "LEAD", table: "Lead" },
  { kind: "CONTACT", table: "Contact" },
  { kind: "ACCOUNT", table: "Account" },
  { kind: "DEAL", table: "Deal" },
] as const;

describe("demo data", () => {
  let database: TestDatabase;
  let summary: DemoSummary;

  const count = async (sql: string, values: unknown[] = []) => {
    const { rows } = await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS q`, values);
    return rows[0]!.n;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await seedDemo(database.url, { seed: 7, leads: 3_000, endDate });
  }, 120_000);
  afterAll(() => database.drop());

  it("writes the requested volume and reports it", async () => {
    expect(summary.counts.lead).toBe(3_000);
    expect(summary.counts.account).toBe(300);
    expect(summary.counts.stageDefinition).toBe(7);
    for (const [table, key] of [["Lead", "lead"], ["Touchpoint", "touchpoint"], ["StageTransition", "stageTransition"], ["MonthlyRevenue", "monthlyRevenue"]] as const) {
      expect(await count(`SELECT 1 FROM "${table}"`), table).toBe(summary.counts[key]);
    }
    expect(summary.users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
  });

  it.each(ENTITIES)("leaves every $table in the stage of its last transition", async ({ kind, table }) => {
    const mismatched = await count(
      `SELECT r.id FROM "${table}" r
         LEFT JOIN LATERAL (
           SELECT "toStage" FROM "StageTransition" t
            WHERE t."entityKind" = $1 AND t."entityId" = r.id
            ORDER BY t."occurredAt" DESC, t.id DESC LIMIT 1) last ON true
        WHERE last."toStage" IS DISTINCT FROM r.stage`,
      [kind],
    );
    expect(mismatched).toBe(0);
    expect(await count(`SELECT 1 FROM "${table}"`)).toBeGreaterThan(0);
  });

  it.each(ENTITIES)("chains every $table transition from where the previous one ended, in time order", async ({ kind }) => {
    const broken = await count(
      `SELECT * FROM (
         SELECT "fromStage", "occurredAt",
                lag("toStage") OVER w AS previous_stage,
                lag("occurredAt") OVER (PARTITION BY "entityId" ORDER BY id) AS previous_by_id
           FROM "StageTransition" WHERE "entityKind" = $1
         WINDOW w AS (PARTITION BY "entityId" ORDER BY "occurredAt", id)) AS chain
        WHERE "fromStage" IS DISTINCT FROM previous_stage OR previous_by_id > "occurredAt"`,
      [kind],
    );
    expect(broken).toBe(0);
  });

  it.each(ENTITIES)("logs transitions only for existing $table rows", async ({ kind, table }) => {
    expect(await count(`SELECT 1 FROM "StageTransition" t WHERE t."entityKind" = $1 AND NOT EXISTS (SELECT 1 FROM "${table}" r WHERE r.id = t."entityId")`, [kind])).toBe(0);
  });

  it("has no transition after the end date", async () => {
    expect(await count(`SELECT 1 FROM "StageTransition" WHERE "occurredAt" >= $1`, [endDate])).toBe(0);
  });

  it("copies account, segment and source onto the transitions", async () => {
    expect(
      await count(`SELECT 1 FROM "StageTransition" t JOIN "Lead" l ON t."entityKind" = 'LEAD' AND l.id = t."entityId"
        WHERE t."accountId" IS DISTINCT FROM l."accountId" OR t."segmentId" IS DISTINCT FROM l."segmentId" OR t.source IS DISTINCT FROM l.source`),
    ).toBe(0);
    expect(
      await count(`SELECT 1 FROM "StageTransition" t JOIN "Deal" d ON t."entityKind" = 'DEAL' AND d.id = t."entityId" JOIN "Account" a ON a.id = d."accountId"
        WHERE t."accountId" IS DISTINCT FROM d."accountId" OR t."segmentId" IS DISTINCT FROM a."segmentId" OR t.source IS DISTINCT FROM d.source`),
    ).toBe(0);
    expect(
      await count(`SELECT 1 FROM "StageTransition" t JOIN "Account" a ON t."entityKind" = 'ACCOUNT' AND a.id = t."entityId"
        WHERE t."accountId" IS DISTINCT FROM a.id OR t."segmentId" IS DISTINCT FROM a."segmentId"`),
    ).toBe(0);
    expect(
      await count(`SELECT 1 FROM "StageTransition" t JOIN "Contact" c ON t."entityKind" = 'CONTACT' AND c.id = t."entityId"
        WHERE t."accountId" IS DISTINCT FROM c."accountId" OR t."segmentId" IS NULL`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "StageTransition" t WHERE t."entityKind" = 'LEAD' AND t.source IS NULL`)).toBe(0);
  });

  it("moves leads by the bow-tie rules: MQL to consideration, accept to comparison, reject back to awareness", async () => {
    const { rows } = await database.pool.query<{ path: string; n: number }>(
      `SELECT string_agg(t."toStage"::text, '>' ORDER BY t."occurredAt", t.id) AS path, count(DISTINCT l.id)::int AS n
         FROM "Lead" l JOIN "StageTransition" t ON t."entityKind" = 'LEAD' AND t."entityId" = l.id
        GROUP BY l.id`,
    );
    const paths = new Set(rows.map((r) => r.path));
    expect([...paths].sort()).toEqual(
      ["AWARENESS", "AWARENESS>CONSIDERATION", "AWARENESS>CONSIDERATION>AWARENESS", "AWARENESS>CONSIDERATION>COMPARISON"].sort(),
    );
    expect(await count(`SELECT 1 FROM "Lead" WHERE "mqlAt" IS NOT NULL AND "mqlCriteriaId" IS NULL`)).toBe(0);
    expect(await count(`SELECT 1 FROM "Lead" WHERE status = 'REJECTED' AND ("rejectionReason" IS NULL OR "rejectedAt" IS NULL)`)).toBe(0);
    expect(
      await count(`SELECT 1 FROM "StageTransition" t JOIN "Lead" l ON t."entityKind" = 'LEAD' AND l.id = t."entityId"
        WHERE t."toStage" = 'CONSIDERATION' AND (t."occurredAt" <> l."mqlAt" OR t."criteriaVersionId" IS DISTINCT FROM l."mqlCriteriaId")`),
    ).toBe(0);
  });

  it("moves accounts only forward, except into churn and from churn back to purchase", async () => {
    const order = `ARRAY['AWARENESS','CONSIDERATION','COMPARISON','PURCHASE','ONBOARDING','IMPACT','EXPANSION']`;
    expect(
      await count(`SELECT 1 FROM "StageTransition" t WHERE t."entityKind" = 'ACCOUNT' AND t."fromStage" IS NOT NULL
        AND NOT (t."toStage" = 'CHURNED' OR (t."fromStage" = 'CHURNED' AND t."toStage" = 'PURCHASE')
          OR array_position(${order}, t."toStage"::text) > array_position(${order}, t."fromStage"::text))`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "Account" WHERE stage = 'CHURNED'`)).toBeGreaterThan(0);
  });

  it("moves deals by type: NEW through comparison to purchase, expansions in expansion, renewals in impact", async () => {
    const { rows } = await database.pool.query<{ type: string; status: string; path: string }>(
      `SELECT DISTINCT d.type, d.status, string_agg(t."toStage"::text, '>' ORDER BY t."occurredAt", t.id) AS path
         FROM "Deal" d JOIN "StageTransition" t ON t."entityKind" = 'DEAL' AND t."entityId" = d.id
        GROUP BY d.id, d.type, d.status ORDER BY 1, 2, 3`,
    );
    expect(rows).toEqual([
      { type: "NEW", status: "OPEN", path: "COMPARISON" },
      { type: "NEW", status: "WON", path: "COMPARISON>PURCHASE" },
      { type: "NEW", status: "LOST", path: "COMPARISON" },
      { type: "EXPANSION", status: "OPEN", path: "EXPANSION" },
      { type: "EXPANSION", status: "WON", path: "EXPANSION" },
      { type: "EXPANSION", status: "LOST", path: "EXPANSION" },
      { type: "RENEWAL", status: "OPEN", path: "IMPACT" },
      { type: "RENEWAL", status: "WON", path: "IMPACT" },
      { type: "RENEWAL", status: "LOST", path: "IMPACT" },
    ]);
  });

  it("creates each contact in the stage its account was in at that moment", async () => {
    expect(
      await count(`SELECT 1 FROM "Contact" c
        LEFT JOIN LATERAL (
          SELECT "toStage" FROM "StageTransition" t
           WHERE t."entityKind" = 'ACCOUNT' AND t."entityId" = c."accountId" AND t."occurredAt" <= c."createdAt"
           ORDER BY t."occurredAt" DESC, t.id DESC LIMIT 1) account_then ON true
        WHERE account_then."toStage" IS DISTINCT FROM c.stage`),
    ).toBe(0);
  });

  it("rejects MQLs at rates that differ by source", async () => {
    const { rows } = await database.pool.query<{ source: string; rate: number }>(
      `SELECT source, avg(("rejectedAt" IS NOT NULL)::int)::float AS rate FROM "Lead" WHERE "mqlAt" IS NOT NULL GROUP BY source`,
    );
    const rate = Object.fromEntries(rows.map((r) => [r.source, r.rate]));
    expect(rate.REFERRAL!).toBeLessThan(rate.DOWNLOAD!);
    expect(rate.TELEMARKETING!).toBeLessThan(rate.MAILING_LIST!);
  });

  it("points every converted lead at an existing contact and deal", async () => {
    expect(await count(`SELECT 1 FROM "Lead" WHERE status = 'CONVERTED'`)).toBeGreaterThan(0);
    expect(
      await count(`SELECT 1 FROM "Lead" l
        LEFT JOIN "Contact" c ON c.id = l."convertedContactId" LEFT JOIN "Deal" d ON d.id = l."convertedDealId"
        WHERE (l."convertedAt" IS NOT NULL OR l.status = 'CONVERTED')
          AND (c.id IS NULL OR d.id IS NULL OR l.status <> 'CONVERTED' OR d.type <> 'NEW' OR d."accountId" <> l."accountId" OR c."accountId" <> l."accountId")`),
    ).toBe(0);
  });

  it("sets firstTouchAt to the first touch by a person", async () => {
    expect(
      await count(`SELECT 1 FROM "Lead" l
        LEFT JOIN LATERAL (SELECT min("occurredAt") AS first FROM "Touchpoint" t WHERE t."leadId" = l.id AND t."userId" IS NOT NULL) p ON true
        WHERE l."firstTouchAt" IS DISTINCT FROM p.first`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "Touchpoint" WHERE type IN ('EMAIL', 'TELEMARKETING_CALL', 'MEETING') AND "userId" IS NULL`)).toBe(0);
  });

  it("makes an account a customer exactly when it has won a NEW deal", async () => {
    expect(
      await count(`SELECT 1 FROM "Account" a
        LEFT JOIN LATERAL (SELECT min("closedAt") AS first_win FROM "Deal" d WHERE d."accountId" = a.id AND d.type = 'NEW' AND d.status = 'WON') w ON true
        WHERE a."customerSince" IS DISTINCT FROM w.first_win`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "Account" WHERE "customerSince" IS NOT NULL`)).toBeGreaterThan(0);
    expect(await count(`SELECT 1 FROM "Account" WHERE stage = 'CHURNED' AND "churnedAt" IS NULL`)).toBe(0);
  });

  it("has monthly revenue only for customer accounts, and only from their first purchase", async () => {
    expect(
      await count(`SELECT 1 FROM "MonthlyRevenue" r JOIN "Account" a ON a.id = r."accountId"
        WHERE a."customerSince" IS NULL OR r.month < date_trunc('month', a."customerSince" AT TIME ZONE 'UTC')::date OR r."mrrMinor" <= 0`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "MonthlyRevenue"`)).toBeGreaterThan(0);
  });

  it("has exactly one active MQL agreement per segment, approved by both sides", async () => {
    const { rows } = await database.pool.query<{ key: string; active: number; approvals: string[] }>(
      `SELECT s.key, count(DISTINCT c.id)::int AS active, array_agg(DISTINCT a.side::text ORDER BY a.side::text) AS approvals
         FROM "Segment" s
         LEFT JOIN "MqlCriteria" c ON c."segmentId" = s.id AND c.status = 'ACTIVE'
         LEFT JOIN "MqlApproval" a ON a."criteriaId" = c.id
        GROUP BY s.key ORDER BY s.key`,
    );
    expect(rows).toEqual([
      { key: "enterprise", active: 1, approvals: ["MARKETING", "SALES"] },
      { key: "mid-market", active: 1, approvals: ["MARKETING", "SALES"] },
      { key: "volume", active: 1, approvals: ["MARKETING", "SALES"] },
    ]);
    expect(await count(`SELECT 1 FROM "StageOwner"`)).toBe(21);
    expect(await count(`SELECT 1 FROM "StageDefinition"`)).toBe(7);
  });

  it("creates the four role users with the demo password", async () => {
    const { rows } = await database.pool.query<{ email: string; role: string; name: string; passwordHash: string }>(
      `SELECT email, role, name, "passwordHash" FROM "User" WHERE email = ANY($1) ORDER BY id`,
      [DEMO_USERS.map((u) => u.email)],
    );
    expect(rows.map(({ email, role, name }) => ({ email, role, name }))).toEqual(
      DEMO_USERS.map(({ email, role, name }) => ({ email, role, name })),
    );
    expect(await verify(rows[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await count(`SELECT DISTINCT "passwordHash" FROM "User"`)).toBe(1);
  });

  it("moves the id sequences past the seeded rows", async () => {
    const lead = await database.prisma.lead.create({ data: { firstName: "New", lastName: "Lead", source: "WEB" } });
    expect(lead.id).toBe(3_001);
    await database.prisma.lead.delete({ where: { id: lead.id } });
  });

  it("leaves the indexes and foreign keys as the migrations made them", async () => {
    const schemaSql = `SELECT 'index ' || indexdef AS item FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      ORDER BY item`;
    // A fresh clone, not the template itself: a connection to the template blocks cloning it.
    const fresh = await createTestDatabase();
    const expected = (await fresh.pool.query<{ item: string }>(schemaSql)).rows.map((r) => r.item);
    await fresh.drop();
    const actual = (await database.pool.query<{ item: string }>(schemaSql)).rows.map((r) => r.item);
    expect(actual).toEqual(expected);
    expect(actual.length).toBeGreaterThan(50);
  });

  it("refuses a database that already has users", async () => {
    await expect(seedDemo(database.url, { leads: 100, endDate })).rejects.toThrow(/already has users/);
  });
});
