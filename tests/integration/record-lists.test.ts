import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityKind } from "@/generated/prisma/enums";
import { listIdPage, searchShapeFor } from "@/lib/records/list/page";
import type { AnyView } from "@/lib/records/list/spec";
import { LIST_SPECS } from "@/lib/records/list/specs";
import { parseListView } from "@/lib/records/list/view";
import type { SearchShape } from "@/lib/records/list/where";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const endDate = new Date("2026-11-23T00:00:00Z");

// Each sort as a plain ORDER BY, written out by hand: what the keyset pages must reproduce.
const ORDER_BY: Record<EntityKind, Record<string, string>> = {
  LEAD: { created: `"createdAt"`, name: `"lastName", "firstName"`, company: `"company"`, fit: `"fitScore"`, engagement: `"engagementScore"` },
  CONTACT: { created: `"createdAt"`, name: `"lastName", "firstName"` },
  ACCOUNT: { created: `"createdAt"`, name: `"name"`, employees: `"employees"` },
  DEAL: { opened: `"openedAt"`, close: `"closeDate"`, amount: `"amountMinor"`, name: `"name"` },
};

const DEFAULT_ORDER: Record<EntityKind, string> = {
  LEAD: `"createdAt" DESC, id DESC`,
  CONTACT: `"createdAt" DESC, id DESC`,
  ACCOUNT: `"createdAt" DESC, id DESC`,
  DEAL: `"openedAt" DESC, id DESC`,
};

describe("record lists of every kind", () => {
  let database: TestDatabase;

  const view = (kind: EntityKind, query: string) => parseListView(LIST_SPECS[kind], new URLSearchParams(query)) as AnyView;

  /** Every page of a view, followed by its cursors, as one list of ids. */
  async function walk(kind: EntityKind, query: string, size: number, search?: SearchShape): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let pages = 0;
    let current = view(kind, query);
    for (;;) {
      const page = await listIdPage(LIST_SPECS[kind], current, database.prisma, { size, search });
      pages++;
      ids.push(...page.ids);
      if (!page.next) return { ids, pages };
      current = { ...current, after: page.next };
      expect(pages).toBeLessThan(2_000);
    }
  }

  const ids = async (sql: string, values: unknown[] = []) => (await database.pool.query<{ id: number }>(sql, values)).rows.map((row) => row.id);
  const matching = (kind: EntityKind, where: string, values: unknown[] = []) =>
    ids(`SELECT id FROM "${LIST_SPECS[kind].table}" WHERE ${where} ORDER BY ${DEFAULT_ORDER[kind]}`, values);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 7, leads: 1_500, endDate });
    // Owners, stages and scores that the demo company leaves out at this size.
    await database.pool.query(`UPDATE "Account" SET "ownerId" = NULL WHERE id % 5 = 0`);
    await database.pool.query(`UPDATE "Contact" SET "ownerId" = NULL WHERE id % 5 = 0`);
    await database.pool.query(`UPDATE "Contact" SET stage = 'PURCHASE' WHERE id % 3 = 0`);
    await database.pool.query(`UPDATE "Lead" SET "engagementScore" = 75 WHERE id % 8 = 0`);
    // Nulls and ties in the sort keys, and text that a spreadsheet would run as a formula.
    await database.pool.query(`UPDATE "Account" SET employees = NULL WHERE id % 7 = 0`);
    await database.pool.query(`UPDATE "Account" SET employees = 50, name = 'Tie Oy' WHERE id % 11 = 0`);
    await database.pool.query(`UPDATE "Contact" SET "lastName" = 'Tie', "firstName" = 'Sama' WHERE id % 10 = 0`);
    await database.pool.query(`UPDATE "Deal" SET "amountMinor" = 1000000, name = 'Tie deal' WHERE id % 9 = 0`);
    await database.pool.query(`UPDATE "Account" SET name = '=HYPERLINK("x")' WHERE id = (SELECT min(id) FROM "Account" WHERE id % 7 <> 0 AND id % 11 <> 0)`);
  }, 180_000);
  afterAll(() => database.drop());

  it("has enough of every kind to span several pages", async () => {
    for (const kind of ["CONTACT", "ACCOUNT", "DEAL"] as const) {
      expect((await matching(kind, "TRUE")).length).toBeGreaterThan(100);
    }
  });

  const SORTS = (["CONTACT", "ACCOUNT", "DEAL", "LEAD"] as const).flatMap((kind) =>
    Object.keys(ORDER_BY[kind]).flatMap((sort) => (["asc", "desc"] as const).map((dir) => [kind, sort, dir] as const)),
  );

  it.each(SORTS)("%s: walks every page sorted by %s %s, each row once, in order", async (kind, sort, dir) => {
    const order = ORDER_BY[kind][sort]!.split(", ").map((column) => `${column} ${dir}`).join(", ");
    const expected = await ids(`SELECT id FROM "${LIST_SPECS[kind].table}" ORDER BY ${order}, id ${dir}`);
    const { ids: walked, pages } = await walk(kind, `sort=${sort}&dir=${dir}`, 37);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 37)));
    expect(walked).toEqual(expected);
  });

  it.each<[EntityKind, string, string]>([
    ["ACCOUNT", "stage=PURCHASE&stage=ONBOARDING&stage=IMPACT", `stage IN ('PURCHASE', 'ONBOARDING', 'IMPACT')`],
    ["ACCOUNT", "segment=1", `"segmentId" = 1`],
    ["ACCOUNT", "tier=KEY&tier=MID", `tier IN ('KEY', 'MID')`],
    ["ACCOUNT", "owner=unassigned", `"ownerId" IS NULL`],
    ["ACCOUNT", "country=fi", `country = 'FI'`],
    ["ACCOUNT", "from=2025-06-01&to=2025-12-31", `"createdAt" >= '2025-06-01T00:00:00Z' AND "createdAt" < '2026-01-01T00:00:00Z'`],
    ["CONTACT", "persona=EXECUTIVE&persona=TECHNICAL", `persona IN ('EXECUTIVE', 'TECHNICAL')`],
    ["CONTACT", "segment=2", `"accountId" IN (SELECT id FROM "Account" WHERE "segmentId" = 2)`],
    ["CONTACT", "stage=PURCHASE&stage=CHURNED", `stage IN ('PURCHASE', 'CHURNED')`],
    ["CONTACT", "owner=unassigned", `"ownerId" IS NULL`],
    ["CONTACT", "from=2026-01-01&to=2026-06-30", `"createdAt" >= '2026-01-01T00:00:00Z' AND "createdAt" < '2026-07-01T00:00:00Z'`],
    ["DEAL", "status=OPEN", `status = 'OPEN'`],
    ["DEAL", "type=RENEWAL&type=EXPANSION", `type IN ('RENEWAL', 'EXPANSION')`],
    ["DEAL", "pipeline=PROPOSAL&pipeline=NEGOTIATION", `"pipelineStage" IN ('PROPOSAL', 'NEGOTIATION')`],
    ["DEAL", "stage=PURCHASE", `stage = 'PURCHASE'`],
    ["DEAL", "source=WEB&source=REFERRAL", `source IN ('WEB', 'REFERRAL')`],
    ["DEAL", "owner=unassigned", `"ownerId" IS NULL`],
    ["DEAL", "segment=1", `"accountId" IN (SELECT id FROM "Account" WHERE "segmentId" = 1)`],
    ["DEAL", "closeFrom=2026-01-01&closeTo=2026-03-31", `"closeDate" BETWEEN '2026-01-01' AND '2026-03-31'`],
    ["DEAL", "amountMin=10000&amountMax=50000", `"amountMinor" BETWEEN 1000000 AND 5000000`],
    ["LEAD", "fitMin=40&fitMax=70", `"fitScore" BETWEEN 40 AND 70`],
    ["LEAD", "engagementMin=60", `"engagementScore" >= 60`],
    ["LEAD", "engagementMax=20&stage=AWARENESS", `"engagementScore" <= 20 AND stage = 'AWARENESS'`],
  ])("%s: %s filters to exactly the rows where %s", async (kind, query, where) => {
    const expected = await matching(kind, where);
    const all = await matching(kind, "TRUE");
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect((await walk(kind, query, 500)).ids).toEqual(expected);
  });

  it("filters by an owner, or by an owner and no owner", async () => {
    for (const kind of ["CONTACT", "ACCOUNT", "DEAL"] as const) {
      const table = LIST_SPECS[kind].table;
      const [owner] = await ids(`SELECT "ownerId" AS id FROM "${table}" WHERE "ownerId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
      expect((await walk(kind, `owner=${owner}`, 500)).ids).toEqual(await matching(kind, `"ownerId" = $1`, [owner]));
      expect((await walk(kind, `owner=${owner}&owner=unassigned`, 500)).ids).toEqual(await matching(kind, `"ownerId" = $1 OR "ownerId" IS NULL`, [owner]));
    }
  });

  it("counts the matches of a view, not just its page", async () => {
    const page = await listIdPage(LIST_SPECS.DEAL, view("DEAL", "status=WON"), database.prisma, { size: 5 });
    expect(page.ids).toHaveLength(5);
    expect(page.total).toBe((await matching("DEAL", `status = 'WON'`)).length);
  });

  it("searches accounts by name and domain, ignoring case", async () => {
    const [account] = (await database.pool.query<{ id: number; name: string; domain: string }>(`SELECT id, name, domain FROM "Account" WHERE domain IS NOT NULL AND name <> 'Tie Oy' ORDER BY id DESC LIMIT 1`)).rows;
    const search = async (q: string) => (await walk("ACCOUNT", `q=${encodeURIComponent(q)}`, 500)).ids;
    expect(await search(account!.name.toUpperCase())).toEqual(await matching("ACCOUNT", `name ILIKE $1 OR domain ILIKE $1`, [`%${account!.name}%`]));
    expect(await search(account!.domain)).toContain(account!.id);
    expect(await search("no such account anywhere")).toEqual([]);
  });

  it("searches contacts by name, email and their account's name", async () => {
    const [contact] = (
      await database.pool.query<{ id: number; firstName: string; email: string; accountId: number; account: string }>(
        `SELECT c.id, c."firstName", c.email, c."accountId", a.name AS account FROM "Contact" c JOIN "Account" a ON a.id = c."accountId"
          WHERE c.email IS NOT NULL AND a.name NOT LIKE '%Tie%' AND a.name NOT LIKE '=%' ORDER BY c.id LIMIT 1`,
      )
    ).rows;
    const search = async (q: string) => (await walk("CONTACT", `q=${encodeURIComponent(q)}`, 500)).ids;
    expect(await search(contact!.email.toUpperCase())).toEqual([contact!.id]);
    const byAccount = await matching(
      "CONTACT",
      `("firstName" || ' ' || "lastName") ILIKE $1 OR email ILIKE $1 OR "accountId" IN (SELECT id FROM "Account" WHERE name ILIKE $1)`,
      [`%${contact!.account}%`],
    );
    expect(byAccount).toContain(contact!.id);
    expect(await search(contact!.account)).toEqual(byAccount);
    expect(await search("no such contact anywhere")).toEqual([]);
  });

  it("searches deals by their name and their account's name", async () => {
    const [deal] = (
      await database.pool.query<{ id: number; account: string }>(
        `SELECT d.id, a.name AS account FROM "Deal" d JOIN "Account" a ON a.id = d."accountId" WHERE a.name NOT LIKE '%Tie%' AND a.name NOT LIKE '=%' ORDER BY d.id LIMIT 1`,
      )
    ).rows;
    const expected = await matching("DEAL", `name ILIKE $1 OR "accountId" IN (SELECT id FROM "Account" WHERE name ILIKE $1)`, [`%${deal!.account}%`]);
    expect(expected).toContain(deal!.id);
    expect((await walk("DEAL", `q=${encodeURIComponent(deal!.account.toLowerCase())}`, 500)).ids).toEqual(expected);
    expect((await walk("DEAL", "q=Tie%20DEAL", 500)).ids).toEqual(await matching("DEAL", `name = 'Tie deal'`));
    expect((await walk("DEAL", "q=zzqqzz", 500)).ids).toEqual([]);
  });

  // A search is written two ways (SearchShape), and its count picks one for the page.
  it.each(["LEAD", "CONTACT", "ACCOUNT", "DEAL"] as const)("%s: a search pages through the same rows whichever way it is written", async (kind) => {
    for (const q of ["oy", "a", "nen", "virta", "Tie", "zzqqzz"]) {
      const query = `q=${encodeURIComponent(q)}`;
      const collected = await walk(kind, query, 40, "matches");
      expect(collected).toEqual(await walk(kind, query, 40, "walk"));
      expect((await walk(kind, query, 40)).ids).toEqual(collected.ids);
    }
    expect((await listIdPage(LIST_SPECS[kind], view(kind, "q=zzqqzz"), database.prisma)).search).toBe("matches");
  });

  it("collects the matches of a rare search and walks the list for a common one", () => {
    expect([0, 1, 2_000, 2_001, 10_001].map(searchShapeFor)).toEqual(["matches", "matches", "matches", "walk", "walk"]);
  });

  // Shorter than a trigram, the search is written as one OR instead of the union: the same rows.
  it.each([
    ["CONTACT", `("firstName" || ' ' || "lastName") ILIKE $1 OR email ILIKE $1 OR "accountId" IN (SELECT id FROM "Account" WHERE name ILIKE $1)`],
    ["DEAL", `name ILIKE $1 OR "accountId" IN (SELECT id FROM "Account" WHERE name ILIKE $1)`],
  ] as const)("%s: a one- or two-letter search finds exactly the rows whose name, email or account holds it", async (kind, rule) => {
    for (const q of ["oy", "Ä", "e_"]) {
      const expected = await matching(kind, rule, [`%${q.replace("_", "\\_")}%`]);
      expect((await walk(kind, `q=${encodeURIComponent(q)}`, 500)).ids).toEqual(expected);
    }
    expect((await matching(kind, rule, ["%oy%"])).length).toBeGreaterThan(0);
  });

  // The planner can answer `expression ILIKE …` from a trigram index only when the index
  // holds that very expression; Postgres' own spelling of each is compared, through a
  // throwaway index built from the spec's text. (That it is chosen on a large table is the
  // bench's business; on this small one a scan is cheaper.)
  it.each<[EntityKind, string]>([
    ["LEAD", "Lead_search_trgm_idx"],
    ["CONTACT", "Contact_search_trgm_idx"],
    ["ACCOUNT", "Account_search_trgm_idx"],
    ["DEAL", "Deal_search_trgm_idx"],
  ])("%s searches exactly the expressions that %s holds", async (kind, index) => {
    const { table, search } = LIST_SPECS[kind];
    const indexed = await database.pool.query<{ column: string }>(
      `SELECT pg_get_indexdef(i.indexrelid, k, true) AS column FROM pg_index i, generate_series(1, i.indnatts) k WHERE i.indexrelid = $1::regclass`,
      [`"${index}"`],
    );
    const client = await database.pool.connect();
    try {
      await client.query("BEGIN");
      const searched: string[] = [];
      for (const expression of search.columns) {
        await client.query(`CREATE INDEX "probe" ON "${table}" USING gin ((${expression}) gin_trgm_ops)`);
        const { rows } = await client.query<{ column: string }>(`SELECT pg_get_indexdef('"probe"'::regclass, 1, true) AS column`);
        searched.push(rows[0]!.column);
        await client.query(`DROP INDEX "probe"`);
      }
      expect(searched).toEqual(indexed.rows.map((row) => row.column));
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
  // The search by account name is the accounts' own search by name, which ACCOUNT covers.
  it("finds rows by account name through the accounts' name column, which the accounts' index holds", () => {
    expect(LIST_SPECS.ACCOUNT.search.columns).toContain(`"name"`);
  });
});
