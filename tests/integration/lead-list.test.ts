import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLeadPage } from "@/lib/data/leads";
import { parseLeadListView, type LeadListView, type LeadSort, type SortDirection } from "@/lib/validation/lead-list";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const endDate = new Date("2026-11-23T00:00:00Z");

const ORDER_BY: Record<LeadSort, string> = {
  created: `"createdAt"`,
  name: `"lastName", "firstName"`,
  company: `"company"`,
  fit: `"fitScore"`,
  engagement: `"engagementScore"`,
};

describe("leads list", () => {
  let database: TestDatabase;

  const view = (query: string): LeadListView => parseLeadListView(new URLSearchParams(query));

  /** Every page of a view, followed by its cursors, as one list of ids. */
  async function walk(query: string, size: number): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let pages = 0;
    let current = view(query);
    for (;;) {
      const page = await listLeadPage(current, database.prisma, size);
      pages++;
      ids.push(...page.leads.map((lead) => lead.id));
      if (!page.next) return { ids, pages };
      current = { ...current, after: page.next };
      expect(pages).toBeLessThan(1_000);
    }
  }

  const ids = async (sql: string, values: unknown[] = []) =>
    (await database.pool.query<{ id: number }>(sql, values)).rows.map((row) => row.id);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 11, leads: 800, endDate });
    // Nulls and ties in the sort keys, and text that looks like LIKE's wildcards.
    await database.pool.query(`UPDATE "Lead" SET company = NULL WHERE id % 9 = 0`);
    await database.pool.query(`UPDATE "Lead" SET company = 'Tie Oy', "fitScore" = 50 WHERE id % 13 = 0`);
    await database.pool.query(`UPDATE "Lead" SET company = '50% Off Oy' WHERE id = (SELECT min(id) FROM "Lead" WHERE id % 9 <> 0 AND id % 13 <> 0)`);
    await database.pool.query(`UPDATE "Lead" SET company = '500 Off Oy' WHERE id = (SELECT max(id) FROM "Lead" WHERE id % 9 <> 0 AND id % 13 <> 0)`);
  }, 120_000);
  afterAll(() => database.drop());

  const SORTS: [LeadSort, SortDirection][] = (["created", "name", "company", "fit", "engagement"] as const).flatMap((sort) =>
    (["asc", "desc"] as const).map((dir): [LeadSort, SortDirection] => [sort, dir]),
  );

  it.each(SORTS)("walks every page sorted by %s %s, each matching lead once, in order", async (sort, dir) => {
    const filter = "stage=AWARENESS&stage=CONSIDERATION&status=NEW&status=WORKING&status=NURTURE&status=MQL";
    const expected = await ids(
      `SELECT id FROM "Lead" WHERE stage IN ('AWARENESS', 'CONSIDERATION') AND status IN ('NEW', 'WORKING', 'NURTURE', 'MQL')
        ORDER BY ${ORDER_BY[sort].split(", ").map((column) => `${column} ${dir}`).join(", ")}, id ${dir}`,
    );
    expect(expected.length).toBeGreaterThan(40);
    const { ids: walked, pages } = await walk(`${filter}&sort=${sort}&dir=${dir}`, 17);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 17)));
    expect(walked).toEqual(expected);
  });

  it("counts the matches of a view, not just its page", async () => {
    const page = await listLeadPage(view("source=WEB"), database.prisma, 5);
    expect(page.leads).toHaveLength(5);
    expect(page.total).toBe((await ids(`SELECT id FROM "Lead" WHERE source = 'WEB'`)).length);
  });

  it.each([
    ["owner=unassigned", `"ownerId" IS NULL`],
    ["segment=1&segment=2", `"segmentId" IN (1, 2)`],
    ["from=2026-06-01&to=2026-06-30", `"createdAt" >= '2026-06-01T00:00:00Z' AND "createdAt" < '2026-07-01T00:00:00Z'`],
    ["source=REFERRAL&source=PARTNER&stage=PURCHASE", `source IN ('REFERRAL', 'PARTNER') AND stage = 'PURCHASE'`],
  ])("filters %s to exactly the leads where %s", async (query, where) => {
    const expected = await ids(`SELECT id FROM "Lead" WHERE ${where} ORDER BY "createdAt" DESC, id DESC`);
    expect((await walk(query, 500)).ids).toEqual(expected);
  });

  it("filters by owner, and by owner or no owner", async () => {
    const [owner] = await ids(`SELECT "ownerId" AS id FROM "Lead" WHERE "ownerId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const mine = await ids(`SELECT id FROM "Lead" WHERE "ownerId" = $1 ORDER BY "createdAt" DESC, id DESC`, [owner]);
    const mineOrNobodys = await ids(`SELECT id FROM "Lead" WHERE "ownerId" = $1 OR "ownerId" IS NULL ORDER BY "createdAt" DESC, id DESC`, [owner]);
    expect(mine.length).toBeGreaterThan(0);
    expect((await walk(`owner=${owner}`, 500)).ids).toEqual(mine);
    expect((await walk(`owner=${owner}&owner=unassigned`, 500)).ids).toEqual(mineOrNobodys);
  });

  it("searches name, email, company and domain, ignoring case and matching % and _ literally", async () => {
    const [lead] = (
      await database.pool.query<{ id: number; firstName: string; lastName: string; email: string; companyDomain: string }>(
        `SELECT id, "firstName", "lastName", email, "companyDomain" FROM "Lead" WHERE email IS NOT NULL AND "companyDomain" IS NOT NULL ORDER BY id LIMIT 1`,
      )
    ).rows;
    const search = async (q: string) => (await walk(`q=${encodeURIComponent(q)}`, 500)).ids;
    const matching = (where: string, values: unknown[]) => ids(`SELECT id FROM "Lead" WHERE ${where} ORDER BY "createdAt" DESC, id DESC`, values);

    expect(await search(`${lead!.firstName} ${lead!.lastName}`.toUpperCase())).toContain(lead!.id);
    expect(await search(lead!.email.toUpperCase())).toEqual([lead!.id]);
    expect(await search(lead!.companyDomain)).toEqual(
      await matching(`"companyDomain" ILIKE $1 OR email ILIKE $1 OR company ILIKE $1 OR ("firstName" || ' ' || "lastName") ILIKE $1`, [`%${lead!.companyDomain}%`]),
    );
    expect(await search("50% off")).toEqual(await matching(`company = '50% Off Oy'`, []));
    expect(await search("_")).toEqual(await matching(`strpos(("firstName" || ' ' || "lastName" || coalesce(email, '') || coalesce(company, '') || coalesce("companyDomain", '')), '_') > 0`, []));
    expect(await search("no such lead anywhere")).toEqual([]);
  });
});
