import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemo } from "@/prisma/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The route reads the signed-in user and the app's database client; here they are the test's.
const session = vi.hoisted(() => ({ role: "LEADERSHIP" as Role, prisma: undefined as PrismaClient | undefined }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => ({ id: 1, name: "Tester", email: "tester@rusetti.invalid", role: session.role, locale: "en" }),
}));
vi.mock("@/lib/db/client", () => ({
  db: new Proxy({}, { get: (_target, property) => Reflect.get(session.prisma!, property, session.prisma) }),
}));

const { GET } = await import("@/app/api/records/[kind]/route");

const endDate = new Date("2026-11-23T00:00:00Z");

async function request(role: Role, kind: string, query = "") {
  session.role = role;
  const response = await GET(new Request(`http://rusetti.test/api/records/${kind}?${query}`), { params: Promise.resolve({ kind }) });
  // Decoded by hand: Response.text() would drop the BOM this checks for.
  return { response, body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}

/** The CSV's lines without the BOM and the final line break; simple cells only (no quoted line breaks). */
const lines = (body: string) => body.replace(/^\uFEFF/, "").replace(/\r\n$/, "").split("\r\n");

describe("the record list CSV export", () => {
  let database: TestDatabase;
  const ids = async (sql: string, values: unknown[] = []) => (await database.pool.query<{ id: number }>(sql, values)).rows.map((row) => row.id);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.url, { seed: 5, leads: 2_500, endDate });
    session.prisma = database.prisma;
    await database.pool.query(`UPDATE "Account" SET name = '=HYPERLINK("http://x")' WHERE id = (SELECT min(id) FROM "Account")`);
  }, 180_000);
  afterAll(() => database.drop());

  it.each<Role>(["SALES", "MARKETING"])("refuses %s, whose role may read records but not export them", async (role) => {
    const { response, body } = await request(role, "accounts");
    expect(response.status).toBe(403);
    expect(JSON.parse(body.replace(/^\uFEFF/, ""))).toMatchObject({ error: "FORBIDDEN" });
  });

  it("answers 404 for a list that does not exist", async () => {
    expect((await request("ADMIN", "users")).response.status).toBe(404);
  });

  it("exports every lead of the view, past the first page and over several batches, in the view's order", async () => {
    const { response, body } = await request("LEADERSHIP", "leads", "source=WEB&source=REFERRAL&source=PARTNER&source=WEBINAR&sort=fit");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(body.startsWith("\uFEFFid,first_name,last_name,company,source,status,stage,fit_score,engagement_score,owner,created_at\r\n")).toBe(true);
    const expected = await ids(`SELECT id FROM "Lead" WHERE source IN ('WEB', 'REFERRAL', 'PARTNER', 'WEBINAR') ORDER BY "fitScore" DESC, id DESC`);
    expect(expected.length).toBeGreaterThan(1_000);
    const rows = lines(body).slice(1);
    expect(rows.map((row) => Number(row.split(",")[0]))).toEqual(expected);
  });

  it("exports the chosen columns, and text that would run as a formula as text", async () => {
    const { body } = await request("ADMIN", "accounts", "cols=domain,employees&sort=name");
    const [header, ...rows] = lines(body);
    expect(header).toBe("id,name,domain,employees");
    expect(rows).toHaveLength((await ids(`SELECT id FROM "Account"`)).length);
    expect(body).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("exports deals with their amounts in whole units and the search and filters of the view", async () => {
    const [account] = (await database.pool.query<{ name: string }>(`SELECT a.name FROM "Account" a JOIN "Deal" d ON d."accountId" = a.id WHERE a.name NOT LIKE '=%' ORDER BY a.id LIMIT 1`)).rows;
    const { body } = await request("LEADERSHIP", "deals", `q=${encodeURIComponent(account!.name)}&cols=amount`);
    const expected = (
      await database.pool.query<{ id: number; amount: string }>(
        `SELECT id, to_char("amountMinor" / 100.0, 'FM999999990.00') AS amount FROM "Deal"
          WHERE name ILIKE $1 OR "accountId" IN (SELECT id FROM "Account" WHERE name ILIKE $1) ORDER BY "openedAt" DESC, id DESC`,
        [`%${account!.name}%`],
      )
    ).rows;
    const [header, ...rows] = lines(body);
    expect(header).toBe("id,name,currency,amount");
    expect(rows.map((row) => [Number(row.split(",")[0]), row.split(",").at(-1)])).toEqual(expected.map((deal) => [deal.id, deal.amount]));
  });

  it("exports only the selected rows when ids are given, in the view's order", async () => {
    const all = await ids(`SELECT id FROM "Contact" ORDER BY "createdAt" DESC, id DESC`);
    const chosen = [all[5]!, all[0]!, all[40]!];
    const { body } = await request("ADMIN", "contacts", chosen.map((id) => `ids%5B%5D=${id}`).join("&"));
    expect(lines(body).slice(1).map((row) => Number(row.split(",")[0]))).toEqual([all[0], all[5], all[40]]);
    const none = await request("ADMIN", "contacts", "ids=nonsense");
    expect(lines(none.body)).toHaveLength(1);
  });
});
