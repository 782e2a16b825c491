import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/settings/audit/diff";
import { auditEntityHref } from "@/lib/settings/audit/entity-href";
import { auditQuery, datesReversed, parseAuditCursor, parseAuditFilters } from "@/lib/settings/audit/filters";

describe("auditDiff", () => {
  it.each([
    ["an update: only what changed", { monthlyCapacity: 25, name: "CS" }, { monthlyCapacity: 40, name: "CS" }, [{ field: "monthlyCapacity", before: 25, after: 40 }]],
    ["a create: every field from nothing", null, { name: "CS", active: true }, [{ field: "name", before: null, after: "CS" }, { field: "active", before: null, after: true }]],
    ["a delete: every field to nothing", { name: "CS" }, null, [{ field: "name", before: "CS", after: null }]],
    [
      "nested objects: by dotted path",
      { fit: { size: { min: 10, max: 200 }, industries: ["Software"] } },
      { fit: { size: { min: 50, max: 200 }, industries: ["Software", "Energy"] } },
      [
        { field: "fit.size.min", before: 10, after: 50 },
        { field: "fit.industries", before: ["Software"], after: ["Software", "Energy"] },
      ],
    ],
    ["nothing recorded", null, null, []],
    ["a bare value", 3, 4, [{ field: "value", before: 3, after: 4 }]],
  ])("%s", (_label, before, after, expected) => {
    expect(auditDiff(before, after)).toEqual(expected);
  });
});

describe("audit filters in the URL", () => {
  it("reads every filter and writes them back in a fixed order", () => {
    const filters = parseAuditFilters({ to: "2026-11-30", from: "2026-11-01", entity: "12", kind: "TEAM", action: "team.", actor: "4", after: "1763800000000.99" });
    expect(filters).toEqual({
      actor: 4,
      actionPrefix: "team.",
      entityKind: "TEAM",
      entityId: "12",
      from: "2026-11-01",
      to: "2026-11-30",
      after: { at: new Date(1763800000000), id: 99 },
    });
    expect(auditQuery(filters)).toBe("actor=4&action=team.&kind=TEAM&entity=12&from=2026-11-01&to=2026-11-30&after=1763800000000.99");
  });

  it("drops what a hand-edited link cannot mean instead of failing", () => {
    expect(parseAuditFilters({ actor: "-3", from: "1.11.2026", after: "yesterday", action: "  " })).toEqual({
      actor: null,
      actionPrefix: null,
      entityKind: null,
      entityId: null,
      from: null,
      to: null,
      after: null,
    });
  });

  it("takes the system as an actor", () => {
    expect(parseAuditFilters({ actor: "system" }).actor).toBe("system");
  });

  it.each([
    ["12.34", { at: new Date(12), id: 34 }],
    ["12.99999999999", null],
    ["12", null],
  ])("cursor %s → %o", (text, expected) => {
    expect(parseAuditCursor(text)).toEqual(expected);
  });

  it("knows a range that ends before it starts", () => {
    expect(datesReversed({ from: "2026-11-02", to: "2026-11-01" })).toBe(true);
    expect(datesReversed({ from: "2026-11-01", to: "2026-11-01" })).toBe(false);
  });
});

describe("auditEntityHref", () => {
  it.each([
    ["LEAD", "5", "/leads/5"],
    ["DEAL", "7", "/deals/7"],
    ["USER", "3", "/settings/users/3"],
    ["TEAM", "2", "/settings/teams/2"],
    ["SAVED_VIEW", "2", null],
    ["LEAD", "abc", null],
  ])("%s %s → %s", (kind, id, expected) => {
    expect(auditEntityHref(kind, id)).toBe(expected);
  });
});
