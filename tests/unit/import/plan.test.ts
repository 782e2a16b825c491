import { describe, expect, it } from "vitest";
import type { CsvRecord } from "@/lib/import/csv/parser";
import { suggestMapping } from "@/lib/import/mapping/headers";
import { planRows, prepareRows, rowPlanner, type ExistingIndex } from "@/lib/import/plan";
import { buildReferences } from "@/lib/import/references";

const refs = buildReferences({ users: [], accounts: [], campaigns: [], segments: [] });
const header = ["Email", "Record ID", "First Name", "Last Name", "Lead Source", "Job Title"];
const mapping = suggestMapping("LEAD", header);
const records = (...rows: string[][]): CsvRecord[] => rows.map((cells, i) => ({ row: i + 2, cells }));
const existing = (email: [string, number][] = [], externalId: [string, number][] = []): ExistingIndex => ({
  email: new Map(email),
  domain: new Map(),
  externalId: new Map(externalId),
});
const plan = (rows: CsvRecord[], index = existing()) => planRows("LEAD", header, mapping, prepareRows("LEAD", header, mapping, rows, refs), index);

describe("planRows", () => {
  it("creates unmatched rows and updates matched ones, counting each", () => {
    const result = plan(records(["a@x.fi", "", "A", "B", "Web", ""], ["b@x.fi", "", "C", "D", "Web", "CEO"]), existing([["b@x.fi", 7]]));
    expect(result).toMatchObject({ created: 1, matched: 1, rejectedRows: 0, errors: [] });
    expect(result.rows.map((row) => row.id)).toEqual([null, 7]);
  });

  it("leaves a blank cell of an update as the record has it (null), while a new record gets the schema's value", () => {
    const result = plan(records(["b@x.fi", "", "C", "D", "Web", ""]), existing([["b@x.fi", 7]]));
    expect(result.rows[0]!.values).toMatchObject({ title: null, firstName: "C" });
  });

  it("refuses a row whose email and external id name two different records", () => {
    const result = plan(records(["a@x.fi", "X1", "A", "B", "Web", ""]), existing([["a@x.fi", 1]], [["X1", 2]]));
    expect(result.errors).toEqual([{ row: 2, column: null, field: null, message: "import.error.keysConflict" }]);
  });

  it("refuses a later row that reaches a record an earlier row already updates", () => {
    const result = plan(records(["a@x.fi", "", "A", "B", "Web", ""], ["", "X1", "A", "B", "Web", ""]), existing([["a@x.fi", 1]], [["X1", 1]]));
    expect(result.errors).toEqual([{ row: 3, column: null, field: null, message: "import.error.sameRecord", params: { row: 2 } }]);
  });

  it("needs the required fields of a new record, but not of an update", () => {
    const rows = records(["new@x.fi", "", "", "B", "", ""], ["old@x.fi", "", "Old", "B", "", ""]);
    const result = plan(rows, existing([["old@x.fi", 3]]));
    expect(result.errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [2, "First Name", "validation.required"],
      [2, "Lead Source", "validation.option"],
    ]);
    expect(result).toMatchObject({ created: 0, matched: 1, rejectedRows: 1 });
  });

  it("reads a value the rejected-rows download guarded against formulas as it was", () => {
    const result = plan(records(["a@x.fi", "'+358401234", "A", "B", "Web", "'=Boss"]));
    expect(result.rows[0]!.values).toMatchObject({ externalId: "+358401234", title: "=Boss" });
  });

  it("remembers keys and records across slices: a file planned a slice at a time means what it means whole", () => {
    const rows = records(
      ["a@x.fi", "X1", "A", "B", "Web", ""],
      ["b@x.fi", "", "C", "D", "Web", ""],
      ["A@X.FI", "", "E", "F", "Web", ""],
      ["c@x.fi", "X9", "G", "H", "Web", ""],
      ["", "X9", "I", "J", "Web", ""],
    );
    const index = existing([], [["X9", 4]]);
    const prepared = prepareRows("LEAD", header, mapping, rows, refs);
    const planner = rowPlanner("LEAD", header, mapping, index);
    const sliced = [planner(prepared.slice(0, 2)), planner(prepared.slice(2, 4)), planner(prepared.slice(4))];
    const whole = planRows("LEAD", header, mapping, prepared, index);
    expect(sliced.flatMap((part) => part.errors)).toEqual(whole.errors);
    expect(sliced.flatMap((part) => part.rows)).toEqual(whole.rows);
    expect(whole.errors.map((error) => [error.row, error.message])).toEqual([
      [4, "import.error.duplicateInFile"],
      [6, "import.error.duplicateInFile"],
      [6, "import.error.sameRecord"],
    ]);
  });
});
