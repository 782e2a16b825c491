import { describe, expect, it } from "vitest";
import type { EntityKind } from "@/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/records/list/cursor";
import { exportPath } from "@/lib/records/list/export-path";
import type { AnyView, ListCursor, ListSpec } from "@/lib/records/list/spec";
import { ACCOUNT_LIST, CONTACT_LIST, DEAL_LIST, LEAD_LIST, LIST_SPECS, listKindOf } from "@/lib/records/list/specs";
import { listQuery, parseListView, selectedIds, shownColumns } from "@/lib/records/list/view";

const parse = (spec: ListSpec, query: string) => parseListView(spec, new URLSearchParams(query)) as AnyView;

const ACCOUNT_DEFAULT = { stages: [], segmentIds: [], tiers: [], ownerIds: [], unassigned: false, countries: [], sort: "created", dir: "desc" };
const CONTACT_DEFAULT = { stages: [], personas: [], segmentIds: [], ownerIds: [], unassigned: false, sort: "created", dir: "desc" };
const DEAL_DEFAULT = {
  statuses: [],
  types: [],
  pipelineStages: [],
  stages: [],
  sources: [],
  ownerIds: [],
  unassigned: false,
  segmentIds: [],
  sort: "opened",
  dir: "desc",
};

describe("parseListView for each kind", () => {
  it.each<[EntityKind, string, Record<string, unknown>]>([
    ["ACCOUNT", "", ACCOUNT_DEFAULT],
    ["ACCOUNT", "tier=KEY&tier=HUGE&country=fi,SE&country=FIN&country=se", { ...ACCOUNT_DEFAULT, tiers: ["KEY"], countries: ["FI", "SE"] }],
    ["ACCOUNT", "sort=employees", { ...ACCOUNT_DEFAULT, sort: "employees", dir: "desc" }],
    ["ACCOUNT", "sort=name&q=%20acme.fi%20", { ...ACCOUNT_DEFAULT, sort: "name", dir: "asc", q: "acme.fi" }],
    ["CONTACT", "persona=EXECUTIVE&persona=CEO&segment=2&owner=unassigned", { ...CONTACT_DEFAULT, personas: ["EXECUTIVE"], segmentIds: [2], unassigned: true }],
    ["CONTACT", "sort=fit", CONTACT_DEFAULT],
    ["DEAL", "", DEAL_DEFAULT],
    [
      "DEAL",
      "status=OPEN&type=RENEWAL&pipeline=PROPOSAL&stage=PURCHASE&source=WEB",
      { ...DEAL_DEFAULT, statuses: ["OPEN"], types: ["RENEWAL"], pipelineStages: ["PROPOSAL"], stages: ["PURCHASE"], sources: ["WEB"] },
    ],
    ["DEAL", "closeFrom=2026-01-01&closeTo=2026-13-01&amountMin=1000&amountMax=-5", { ...DEAL_DEFAULT, closeFrom: "2026-01-01", amountMin: 1000 }],
    ["DEAL", "sort=close", { ...DEAL_DEFAULT, sort: "close", dir: "asc" }],
    [
      "LEAD",
      "fitMin=40&fitMax=101&engagementMin=0&engagementMax=x",
      { stages: [], statuses: [], sources: [], segmentIds: [], ownerIds: [], unassigned: false, sort: "created", dir: "desc", fitMin: 40, engagementMin: 0 },
    ],
  ])("%#: %s %s", (kind, query, expected) => {
    const spec = LIST_SPECS[kind];
    const view = parse(spec, query);
    expect(view).toMatchObject(expected);
    for (const key of Object.keys(view)) expect(expected).toHaveProperty(key);
  });

  // The form sends the sort it was showing: a new sort opens in its own direction.
  it.each<[EntityKind, string, string, string]>([
    ["LEAD", "sort=name&dir=desc&shown=created", "name", "asc"],
    ["LEAD", "sort=fit&dir=asc&shown=name", "fit", "desc"],
    ["LEAD", "sort=name&dir=desc&shown=name", "name", "desc"],
    ["ACCOUNT", "sort=name&dir=desc", "name", "desc"],
    ["DEAL", "sort=amount&dir=asc&shown=opened", "amount", "desc"],
    ["DEAL", "sort=amount&dir=asc&shown=amount", "amount", "asc"],
  ])("a sort change resets the direction: %s %s", (kind, query, sort, dir) => {
    const spec = LIST_SPECS[kind];
    expect(parse(spec, query)).toMatchObject({ sort, dir });
  });

  it.each<[EntityKind, string, readonly string[]]>([
    ["ACCOUNT", "", ACCOUNT_LIST.defaultColumns],
    ["ACCOUNT", "cols=domain,employees,bogus", ["domain", "employees"]],
    ["ACCOUNT", "cols=employees&cols=domain", ["domain", "employees"]],
    ["ACCOUNT", "cols=", []],
    ["DEAL", "cols=&cols=stage&cols=amount", ["amount", "stage"]],
    ["LEAD", `cols=${LEAD_LIST.defaultColumns.join(",")}`, LEAD_LIST.defaultColumns],
  ])("columns %#: %s %s", (kind, query, columns) => {
    const spec = LIST_SPECS[kind];
    const view = parse(spec, query);
    expect(shownColumns(spec, view)).toEqual(columns);
    // The defaults stay out of the view and the URL.
    if (columns === spec.defaultColumns) expect(view.cols).toBeUndefined();
  });
});

describe("listQuery", () => {
  it.each<[EntityKind, string]>([
    ["ACCOUNT", "stage=PURCHASE&segment=1&tier=KEY&owner=3&owner=unassigned&country=FI&from=2026-01-01&to=2026-02-01&q=oy&sort=employees&dir=asc&cols=domain%2Cemployees"],
    ["CONTACT", "stage=AWARENESS&persona=TECHNICAL&segment=2&from=2026-03-01&sort=name&cols="],
    ["DEAL", "status=OPEN&type=NEW&pipeline=PROPOSAL&stage=COMPARISON&source=REFERRAL&owner=unassigned&segment=3&closeFrom=2026-01-01&closeTo=2026-06-30&amountMin=5000&amountMax=90000&q=suite&sort=close&dir=desc"],
    ["LEAD", "stage=AWARENESS&fitMin=50&fitMax=90&engagementMin=10&engagementMax=70&sort=fit"],
  ])("%s writes back what it read, in the same words: %s", (kind, query) => {
    const spec = LIST_SPECS[kind];
    expect(listQuery(spec, parse(spec, query))).toBe(query);
  });

  it.each(Object.values(LIST_SPECS))("the default view of $kind is the plain URL", (spec) => {
    expect(listQuery(spec, parse(spec, ""))).toBe("");
    expect(listQuery(spec, parse(spec, `sort=${spec.defaultSort}&dir=${spec.sorts[spec.defaultSort]!.dir}`))).toBe("");
  });

  it("keeps a cursor of its sort and drops one of another", () => {
    const after = encodeCursor({ key: ["2026-05-01"], id: 9 });
    expect(parse(DEAL_LIST, `sort=close&after=${after}`).after).toEqual({ key: ["2026-05-01"], id: 9 });
    expect(parse(DEAL_LIST, `sort=amount&after=${after}`).after).toBeUndefined();
    expect(listQuery(DEAL_LIST, parse(DEAL_LIST, `sort=close&after=${after}`))).toBe(`sort=close&after=${after}`);
  });
});

describe("cursors of every sort", () => {
  const samples: Record<string, ListCursor> = {
    date: { key: ["2026-03-01T12:30:00.123Z"], id: 1 },
    day: { key: ["2026-03-01"], id: 2 },
    text: { key: ["Äijälä \"Oy\""], id: 3 },
    int: { key: [1_250_000], id: 4 },
  };
  const cases = Object.values(LIST_SPECS).flatMap((spec) =>
    Object.entries(spec.sorts).map(([name, sort]) => {
      const key = sort.keys.flatMap((column) => samples[column.kind]!.key);
      return [spec.kind, name, sort, { key, id: 77 }] as const;
    }),
  );

  it.each(cases)("%s by %s survives encode → decode", (_kind, _name, sort, cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, sort)).toEqual(cursor);
  });

  it.each(cases)("%s by %s refuses a null key unless the key may be null", (_kind, _name, sort) => {
    const decoded = decodeCursor(encodeCursor({ key: sort.keys.map(() => null), id: 5 }), sort);
    expect(decoded).toEqual(sort.keys.length === 1 && sort.keys[0]!.nullable ? { key: [null], id: 5 } : undefined);
  });

  it.each([
    ["day", "2026-03-01T00:00:00.000Z"],
    ["date", "2026-03-01"],
    ["int", 1.5],
  ] as const)("a %s key refuses %j", (kind, value) => {
    const sort = Object.values(LIST_SPECS).flatMap((spec) => Object.values(spec.sorts)).find((candidate) => candidate.keys.length === 1 && candidate.keys[0]!.kind === kind)!;
    expect(decodeCursor(encodeCursor({ key: [value], id: 1 }), sort)).toBeUndefined();
  });
});

describe("list names, selections and export paths", () => {
  it.each([
    ["leads", "LEAD"],
    ["contacts", "CONTACT"],
    ["accounts", "ACCOUNT"],
    ["deals", "DEAL"],
    ["users", undefined],
    ["", undefined],
  ])("%s → %s", (name, kind) => {
    expect(listKindOf(name)).toBe(kind);
  });

  it.each<[string, number[] | undefined]>([
    ["", undefined],
    ["ids=3,1&ids=3", [1, 3]],
    ["ids%5B%5D=7&ids%5B%5D=2", [2, 7]],
    ["ids=x&ids=-1", []],
  ])("selected ids of %s", (query, expected) => {
    expect(selectedIds(new URLSearchParams(query))).toEqual(expected);
  });

  it("exports a view at the list's own query string", () => {
    expect(exportPath(DEAL_LIST, "status=OPEN")).toBe("/api/records/deals?status=OPEN");
    expect(exportPath(CONTACT_LIST, "")).toBe("/api/records/contacts");
  });
});
