import { describe, expect, it } from "vitest";
import {
  containsPattern,
  decodeCursor,
  encodeCursor,
  leadListQuery,
  parseLeadListView,
  type LeadCursor,
  type LeadListView,
  type LeadSort,
} from "@/lib/validation/lead-list";

const DEFAULT: LeadListView = {
  stages: [],
  statuses: [],
  sources: [],
  segmentIds: [],
  ownerIds: [],
  unassigned: false,
  sort: "created",
  dir: "desc",
};

describe("parseLeadListView", () => {
  it.each<[string, Partial<LeadListView>]>([
    ["", {}],
    ["stage=AWARENESS&stage=PURCHASE", { stages: ["AWARENESS", "PURCHASE"] }],
    ["stage=PURCHASE,AWARENESS", { stages: ["AWARENESS", "PURCHASE"] }],
    ["status=MQL&status=bogus&source=WEB&source=web", { statuses: ["MQL"], sources: ["WEB"] }],
    ["segment=3&segment=1&segment=x&segment=-2&segment=3", { segmentIds: [1, 3] }],
    ["owner=unassigned&owner=7", { ownerIds: [7], unassigned: true }],
    ["owner=nobody", {}],
    ["from=2026-01-01&to=2026-03-31", { from: "2026-01-01", to: "2026-03-31" }],
    ["from=2026-02-30&to=yesterday", {}],
    ["q=%20+Acme%20", { q: "Acme" }],
    ["q=", {}],
    ["sort=fit", { sort: "fit", dir: "desc" }],
    ["sort=name", { sort: "name", dir: "asc" }],
    ["sort=company&dir=desc", { sort: "company", dir: "desc" }],
    ["sort=colour&dir=up", {}],
    // A cursor that is not base64 JSON, or belongs to another sort, starts the list over.
    ["after=not-a-cursor", {}],
    [`sort=fit&after=${encodeCursor({ key: ["Acme"], id: 4 })}`, { sort: "fit", dir: "desc" }],
  ])("%s", (query, expected) => {
    expect(parseLeadListView(new URLSearchParams(query))).toEqual({ ...DEFAULT, ...expected });
  });

  it("reads a page's searchParams record and keeps a cursor of its sort", () => {
    const after = encodeCursor({ key: [80], id: 12 });
    expect(parseLeadListView({ sort: ["fit", "name"], stage: "MQL", status: ["NEW"], after })).toEqual({
      ...DEFAULT,
      statuses: ["NEW"],
      sort: "fit",
      dir: "desc",
      after: { key: [80], id: 12 },
    });
  });

  it("round-trips through the query string, leaving defaults out", () => {
    const view: LeadListView = {
      ...DEFAULT,
      stages: ["CONSIDERATION"],
      sources: ["WEB", "REFERRAL"],
      segmentIds: [2],
      ownerIds: [5],
      unassigned: true,
      from: "2026-01-01",
      q: "50%_off",
      sort: "company",
      dir: "asc",
      after: { key: [null], id: 99 },
    };
    expect(parseLeadListView(new URLSearchParams(leadListQuery(view)))).toEqual(view);
    expect(leadListQuery(DEFAULT)).toBe("");
  });
});

describe("lead list cursors", () => {
  it.each<[LeadSort, LeadCursor]>([
    ["created", { key: ["2026-03-01T12:30:00.123Z"], id: 1 }],
    ["name", { key: ["Virtanen", "Äijä"], id: 42 }],
    ["company", { key: ["Acme \"Oy\""], id: 7 }],
    ["company", { key: [null], id: 8 }],
    ["fit", { key: [0], id: 1_000_000 }],
    ["engagement", { key: [100], id: 3 }],
  ])("%s %j survives encode → decode", (sort, cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, sort)).toEqual(cursor);
  });

  it.each<[LeadSort, string]>([
    ["created", encodeCursor({ key: ["2026-03-01"], id: 1 })],
    ["name", encodeCursor({ key: ["Virtanen"], id: 1 })],
    ["fit", encodeCursor({ key: [1.5], id: 1 })],
    ["fit", encodeCursor({ key: [10], id: 0 })],
    ["engagement", encodeCursor({ key: [null], id: 2 })],
    ["company", "%%%"],
    ["company", Buffer.from("{}").toString("base64url")],
  ])("%s rejects %s", (sort, after) => {
    expect(decodeCursor(after, sort)).toBeUndefined();
  });
});

describe("containsPattern", () => {
  it.each([
    ["acme", "%acme%"],
    ["50%", "%50\\%%"],
    ["a_b", "%a\\_b%"],
    ["c:\\x", "%c:\\\\x%"],
  ])("%s → %s", (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});
