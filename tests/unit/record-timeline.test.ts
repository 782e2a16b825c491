import { describe, expect, it } from "vitest";
import { fieldChanges } from "@/lib/records/audit-changes";
import { encodeTimelineCursor, parseTimelineCursor } from "@/lib/records/timeline-cursor";

describe("fieldChanges", () => {
  it.each([
    ["a create: every field set, from nothing", null, { title: "CEO", employees: 20 }, [{ field: "title", before: null, after: "CEO" }, { field: "employees", before: null, after: 20 }]],
    ["an update: only what differs", { title: "CTO", phone: "1" }, { title: "CEO", phone: "1" }, [{ field: "title", before: "CTO", after: "CEO" }]],
    ["bookkeeping is left out", { status: "OPEN", version: 3 }, { status: "WON", version: 4, direction: "FORWARD" }, [{ field: "status", before: "OPEN", after: "WON" }]],
    ["a field only on the before side reads as cleared", { note: "x" }, {}, [{ field: "note", before: "x", after: null }]],
    ["arrays compare by value", { tags: ["a"] }, { tags: ["a"] }, []],
    ["not an object at all", "x", 3, []],
  ])("%s", (_name, before, after, expected) => {
    expect(fieldChanges(before, after)).toEqual(expected);
  });
});

describe("timeline cursor", () => {
  it("survives a trip through a URL", () => {
    const cursor = { at: new Date("2026-03-01T10:00:00.123Z"), source: "transition" as const, id: 42 };
    expect(parseTimelineCursor(encodeTimelineCursor(cursor))).toEqual(cursor);
  });

  it.each([undefined, "", "abc", "1.bogus.2", "1.audit.x", "1.audit.99999999999", ["1.audit.2"]])("%j is no cursor", (value) => {
    expect(parseTimelineCursor(value)).toBeNull();
  });
});
