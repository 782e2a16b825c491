import { describe, expect, it } from "vitest";
import type { EntityKind, Stage } from "@/generated/prisma/enums";
import { selectionExportHref } from "@/lib/records/bulk/export-href";
import { BULK_MOVE_TARGETS, bulkMoveRefusal } from "@/lib/records/bulk/move-rules";
import { BULK_LIMIT, bulkMoveStageSchema } from "@/lib/validation/bulk-action";
import { normaliseViewQuery, savedViewHref } from "@/lib/validation/saved-view";

describe("normaliseViewQuery", () => {
  it.each([
    ["", ""],
    ["?", ""],
    ["?stage=AWARENESS", "stage=AWARENESS"],
    ["stage=AWARENESS&after=WzEsMl0", "stage=AWARENESS"],
    ["after=WzEsMl0", ""],
    ["q=&stage=COMPARISON&q=%20", "stage=COMPARISON"],
    ["stage=AWARENESS&stage=COMPARISON&q=Oy+Ab", "stage=AWARENESS&stage=COMPARISON&q=Oy+Ab"],
    ["  ?sort=name&dir=desc  ", "sort=name&dir=desc"],
  ])("keeps %j as %j", (query, expected) => {
    expect(normaliseViewQuery(query)).toBe(expected);
  });
});

describe("list links", () => {
  it.each<[EntityKind, string, string, string]>([
    ["LEAD", "stage=AWARENESS", "/leads?stage=AWARENESS", "/api/records/leads.csv"],
    ["CONTACT", "", "/contacts", "/api/records/contacts.csv"],
    ["ACCOUNT", "sort=name", "/accounts?sort=name", "/api/records/accounts.csv"],
    ["DEAL", "", "/deals", "/api/records/deals.csv"],
  ])("%s: a view opens %s… and the selection exports to its CSV route", (kind, query, href, csv) => {
    expect(savedViewHref(kind, query)).toBe(href);
    expect(selectionExportHref(kind)).toBe(csv);
  });
});

describe("bulk move rules", () => {
  it("offers deals no bulk move and leads only their part of the funnel", () => {
    expect(BULK_MOVE_TARGETS.DEAL).toEqual([]);
    expect(BULK_MOVE_TARGETS.LEAD).toEqual(["AWARENESS", "CONSIDERATION", "COMPARISON"]);
    expect(BULK_MOVE_TARGETS.ACCOUNT).not.toContain("PURCHASE");
    expect(BULK_MOVE_TARGETS.ACCOUNT).not.toContain("CHURNED");
  });

  it.each<[EntityKind, Stage, string | null, Stage, string | null]>([
    ["LEAD", "AWARENESS", "NEW", "COMPARISON", null],
    ["LEAD", "COMPARISON", "CONVERTED", "AWARENESS", "convertedLead"],
    ["CONTACT", "AWARENESS", null, "IMPACT", null],
    ["ACCOUNT", "AWARENESS", null, "COMPARISON", null],
    ["ACCOUNT", "COMPARISON", null, "ONBOARDING", "crossesKnot"],
    ["ACCOUNT", "PURCHASE", null, "ONBOARDING", null],
    ["ACCOUNT", "EXPANSION", null, "IMPACT", null],
    ["ACCOUNT", "IMPACT", null, "CONSIDERATION", "crossesKnot"],
    ["ACCOUNT", "CHURNED", null, "ONBOARDING", "churned"],
  ])("%s in %s (status %s) to %s: %s", (kind, stage, status, to, refusal) => {
    expect(bulkMoveRefusal(kind, { stage, status }, to)).toBe(refusal);
  });
});

describe("bulk move input", () => {
  const base = { kind: "LEAD", to: "CONSIDERATION", reason: "Follow-up" };

  it("reads the ticked ids once each, in order, and the versions the list showed", () => {
    const parsed = bulkMoveStageSchema.parse({ ...base, ids: ["12", "3", "12"], versions: ["12:4", "3:1"] });
    expect(parsed).toMatchObject({ ids: [3, 12], versions: { 12: 4, 3: 1 }, reason: "Follow-up" });
  });

  it.each([
    ["no ids", { ids: undefined }],
    ["too many ids", { ids: Array.from({ length: BULK_LIMIT + 1 }, (_, index) => String(index + 1)) }],
    ["a blank reason", { ids: ["1"], reason: " " }],
    ["an unknown stage", { ids: ["1"], to: "NOWHERE" }],
    ["a malformed version", { ids: ["1"], versions: ["1-2"] }],
  ])("refuses %s", (_label, fields) => {
    expect(bulkMoveStageSchema.safeParse({ ...base, ...fields }).success).toBe(false);
  });
});
