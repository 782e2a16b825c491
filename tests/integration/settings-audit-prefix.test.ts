import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { parseAuditFilters } from "@/lib/settings/audit/filters";
import { auditPageQuery, loadAuditPage } from "@/lib/settings/audit/queries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
const HOUR = 3_600_000;
const start = Date.UTC(2025, 0, 1);

/**
 * A log of 100,000 entries, as the engine writes them: lead moves and edits throughout, and a
 * rarer action whose entries are all among the oldest. The planner sees the table as it is
 * (ANALYZE), so the plans are the ones a database of this shape gets.
 */
describe("the audit log's filter by action prefix reads the entries it shows, not the log", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query(`
      INSERT INTO "AuditLog" (action, "entityKind", "entityId", "occurredAt")
      SELECT CASE WHEN g <= 1500 THEN 'export.csv' WHEN g % 3 = 0 THEN 'lead.update' ELSE 'lead.stage' END,
             'LEAD', (g % 5000)::text, to_timestamp(${start / 1000}) + g * interval '1 minute'
        FROM generate_series(1, 100000) g`);
    await database.pool.query(`INSERT INTO "AuditLog" (action, "entityKind", "entityId", "occurredAt") VALUES ('mql.approve', 'MqlCriteria', '1', to_timestamp(${start / 1000}) + interval '30 days')`);
    await database.pool.query(`ANALYZE "AuditLog"`);
  });
  afterAll(() => database.drop());

  /** The audit log's scans in the plan the page's own query gets, with its parameters. */
  async function scans(params: Record<string, string>) {
    const [row] = await database.prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${auditPageQuery(parseAuditFilters(params))}`,
    );
    return nodes(row!["QUERY PLAN"][0].Plan).filter((node) => node["Relation Name"] === "AuditLog");
  }
  const read = (found: PlanNode[]) => found.reduce((sum, node) => sum + (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0)) * node["Actual Loops"], 0);

  it.each([
    ["an action whose entries are all old", { action: "export." }],
    ["one with a single entry", { action: "mql." }],
    ["none at all", { action: "nothing." }],
    ["the commonest, with its two actions merged", { action: "lead." }],
    ["an old one, a page further on", { action: "export.", after: `${start + 1000 * 60_000}.1000` }],
  ])("%s: from the action index, a page's worth of entries", async (_case, params) => {
    const found = await scans(params);
    expect(found.map((node) => node["Node Type"])).not.toContain("Seq Scan");
    // The actions are found in the action index; a page further on may be read from either index, the planner's choice.
    expect(found.filter((node) => node["Node Type"] === "Index Only Scan").map((node) => node["Index Name"])).toEqual(["AuditLog_action_occurredAt_idx", "AuditLog_action_occurredAt_idx"]);
    expect(read(found)).toBeLessThanOrEqual(2 * 51 + 10);
  });

  it("gives the same pages as reading the whole log would", async () => {
    const pages: string[][] = [];
    let view = parseAuditFilters({ action: "lead." });
    for (let page = 0; page < 3; page++) {
      const result = await loadAuditPage(view, database.prisma);
      pages.push(result.entries.map((entry) => `${entry.id}:${entry.action}`));
      view = { ...view, after: result.next };
    }
    const { rows } = await database.pool.query<{ key: string }>(
      `SELECT id || ':' || action AS key FROM "AuditLog" WHERE action LIKE 'lead.%' ORDER BY "occurredAt" DESC, id DESC LIMIT 150`,
    );
    expect(pages.flat()).toEqual(rows.map((row) => row.key));

    const old = await loadAuditPage(parseAuditFilters({ action: "export.", to: "2025-01-01" }), database.prisma);
    expect(old.entries).toHaveLength(50);
    expect(old.entries.every((entry) => entry.action === "export.csv" && entry.at.getTime() < start + 1500 * 60_000 + HOUR)).toBe(true);
  });
});
