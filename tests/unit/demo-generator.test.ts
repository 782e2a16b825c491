import { describe, expect, it } from "vitest";
import { generateDemo, type DemoTables } from "@/prisma/demo";
import { copyPieces, type Kind } from "@/prisma/demo/copy-encoder";

const endDate = new Date("2026-11-23T00:00:00Z");

/** Columns that hold a moment that has happened (planned dates such as a deal's expected close or a target's month are not). */
function isPastTime(table: keyof DemoTables, column: string): boolean {
  return column.endsWith("At") || column === "customerSince" || (column === "month" && table !== "salesTarget");
}

describe("demo generator", () => {
  const small = generateDemo({ seed: 42, leads: 1_500, endDate });

  it("gives the same rows for the same options", () => {
    expect(generateDemo({ seed: 42, leads: 1_500, endDate })).toEqual(small);
  });

  it("gives different rows for another seed", () => {
    const other = generateDemo({ seed: 43, leads: 1_500, endDate });
    expect(other.lead.map((l) => l.email)).not.toEqual(small.lead.map((l) => l.email));
    expect(other.deal.map((d) => d.amountMinor)).not.toEqual(small.deal.map((d) => d.amountMinor));
  });

  it("scales with the leads option", () => {
    const double = generateDemo({ seed: 42, leads: 3_000, endDate });
    expect(small.lead).toHaveLength(1_500);
    expect(double.lead).toHaveLength(3_000);
    expect(small.account).toHaveLength(150);
    expect(double.account).toHaveLength(300);
    for (const table of ["contact", "deal", "touchpoint", "stageTransition", "monthlyRevenue"] as const) {
      const ratio = double[table].length / small[table].length;
      expect(ratio, table).toBeGreaterThan(1.5);
      expect(ratio, table).toBeLessThan(2.5);
    }
  });

  it("keeps unique columns unique", () => {
    const large = generateDemo({ seed: 42, leads: 30_000, endDate });
    const duplicates = (values: (string | null)[]) => {
      const present = values.filter((v): v is string => v !== null);
      return present.length - new Set(present).size;
    };
    expect(duplicates(large.account.map((a) => a.domain))).toBe(0);
    expect(duplicates(large.lead.map((l) => l.email))).toBe(0);
    expect(duplicates(large.contact.map((c) => c.email))).toBe(0);
    expect(duplicates(large.campaign.map((c) => c.name))).toBe(0);
  });

  it("writes nothing at or after the end date", () => {
    const end = endDate.getTime();
    const late: string[] = [];
    for (const [table, rows] of Object.entries(small) as [keyof DemoTables, object[]][]) {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (isPastTime(table, column) && typeof value === "number" && value >= end) late.push(`${table}.${column}`);
        }
      }
    }
    expect(late).toEqual([]);
  });

  it("leaves every record in the stage its last transition moved it to", () => {
    const last = new Map<string, string>();
    for (const t of small.stageTransition) last.set(`${t.entityKind}:${t.entityId}`, t.toStage);
    const mismatched = [
      ...small.lead.filter((r) => last.get(`LEAD:${r.id}`) !== r.stage),
      ...small.contact.filter((r) => last.get(`CONTACT:${r.id}`) !== r.stage),
      ...small.account.filter((r) => last.get(`ACCOUNT:${r.id}`) !== r.stage),
      ...small.deal.filter((r) => last.get(`DEAL:${r.id}`) !== r.stage),
    ];
    expect(mismatched).toEqual([]);
  });
});

describe("COPY encoding", () => {
  const encode = (row: Record<string, unknown>, kinds: Record<string, Kind>) =>
    Buffer.concat([...copyPieces(Object.entries(kinds), [row])]).toString("utf8");

  it.each([
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(2025, 0, 1, 0, 0, 0, 0),
    Date.UTC(2000, 2, 1, 12, 30, 5, 7),
    Date.UTC(2026, 10, 22, 6, 7, 8, 9),
    Date.UTC(1999, 11, 31, 23, 0, 0, 1),
  ])("writes %i as Date#toISOString does", (ms) => {
    expect(encode({ at: ms, on: ms }, { at: "timestamp", on: "date" })).toBe(`${new Date(ms).toISOString()}\t${new Date(ms).toISOString().slice(0, 10)}\n`);
  });

  it("escapes text, writes nulls, booleans, integers and arrays", () => {
    expect(
      encode(
        { a: "tab\there\\", b: null, c: true, d: -1234, e: ["x y", 'q"'], f: "Kiinteistö" },
        { a: "text", b: "int", c: "bool", d: "int", e: "array", f: "text" },
      ),
    ).toBe('tab\\there\\\\\t\\N\tt\t-1234\t{"x y","q\\\\""}\tKiinteistö\n');
  });
});
