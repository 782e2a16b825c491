import { describe, expect, it } from "vitest";
import { segmentConflictView } from "@/components/settings/segments/segment-conflict";
import { describeOwnerCell } from "@/components/settings/stages/owner-conflict";
import type { ConflictDetails } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translator";

const en = createTranslator("en");
const fi = createTranslator("fi");
const NBSP = "\u00a0";

describe("the sales-model matrix's stale-save panel", () => {
  const teams = [{ id: 3, name: "Inside sales" }];
  it.each([
    ["the server's name for the team", { teamId: 7, mode: "DIGITAL", team: "Marketing" }, "Marketing (Digital)"],
    ["the page's name for a team the server no longer has", { teamId: 3, mode: "H2H" }, "Inside sales (Person-to-person)"],
    ["a team neither knows", { teamId: 9, mode: "H2H" }, "a team deleted since (Person-to-person)"],
    ["no owner", null, "No owner"],
  ])("shows %s", (_case, cell, expected) => {
    expect(describeOwnerCell(cell, teams, en)).toBe(expected);
  });

  it("speaks Finnish too", () => {
    expect(describeOwnerCell({ teamId: 7, mode: "H2H", team: "Markkinointi" }, teams, fi)).toBe("Markkinointi (Henkilökohtainen)");
  });
});

describe("the segment rules' stale-save panel", () => {
  const rule = (changes: Record<string, unknown> = {}) => ({
    key: "mid",
    nameEn: "Mid-market",
    nameFi: "Keskikokoiset",
    priority: 2,
    minEmployees: 50,
    maxEmployees: 249,
    minDealAmountMinor: 1_000_000,
    maxDealAmountMinor: null,
    ...changes,
  });
  const by = { changedBy: null, changedAt: null };

  it("names each change by the segment's name and the field's label, never by the segment's id", () => {
    const conflict: ConflictDetails = {
      currentVersion: 0,
      fields: [{ field: "12", base: rule(), theirs: rule({ nameFi: "Keskisuuret", minDealAmountMinor: 2_500_050, maxEmployees: null }), yours: rule({ priority: 1 }), ...by }],
    };
    const view = segmentConflictView(conflict, en, "en");
    const lines = view.conflict.fields.map((field) => `${view.label(field.field)}: ${view.describe(field.field, field.base)} → ${view.describe(field.field, field.theirs)}; yours: ${view.describe(field.field, field.yours)}`);
    expect(lines).toEqual([
      "Mid-market · Name (Finnish): Keskikokoiset → Keskisuuret; yours: Keskikokoiset",
      "Mid-market · Employees to: 249 → open; yours: 249",
      "Mid-market · Deal size (€) from: €10,000.00 → €25,000.50; yours: €10,000.00",
    ]);
    expect(lines.join()).not.toContain("12");
    expect(view.canSaveMine).toBe(true);
  });

  it("names a segment added meanwhile by its name in the reader's language, and then only offers to load theirs", () => {
    const conflict: ConflictDetails = { currentVersion: 0, fields: [{ field: "31", base: null, theirs: rule({ key: "key-deals", nameEn: "Key deals", nameFi: "Avainkaupat" }), yours: null, ...by }] };
    const view = segmentConflictView(conflict, fi, "fi");
    const [field] = view.conflict.fields;
    expect([view.label(field!.field), view.describe(field!.field, field!.base), view.describe(field!.field, field!.theirs)]).toEqual(["Avainkaupat", "ei olemassa", "olemassa"]);
    expect(view.canSaveMine).toBe(false);
  });

  it("formats deal sizes in the reader's language", () => {
    const conflict: ConflictDetails = { currentVersion: 0, fields: [{ field: "12", base: rule(), theirs: rule({ minDealAmountMinor: 2_500_050 }), yours: rule(), ...by }] };
    const view = segmentConflictView(conflict, fi, "fi");
    const [field] = view.conflict.fields;
    expect(`${view.label(field!.field)}: ${view.describe(field!.field, field!.theirs)}`).toBe(`Keskikokoiset · Kaupan koko (€) ${fi("settingsStructure.segments.min")}: 25${NBSP}000,50${NBSP}€`);
  });
});
