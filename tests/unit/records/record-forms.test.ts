import { describe, expect, it } from "vitest";
import { describeValue } from "@/components/records/forms/describe-value";
import { withBase } from "@/lib/actions/records/base-values";
import { createTranslator } from "@/lib/i18n/translator";
import { inputValue } from "@/lib/records/forms/input-value";
import { comparable } from "@/lib/records/writes/comparable";
import { updateAccountSchema } from "@/lib/validation/records/account";

describe("inputValue: a stored value as its form input starts", () => {
  it.each([
    ["amountMinor", 1_205_050, "12050.50"],
    ["closeDate", new Date("2026-09-30T00:00:00Z"), "2026-09-30"],
    ["frameworkAgreement", true, true],
    ["employees", 1200, "1200"],
    ["email", null, ""],
  ])("%s %j → %j", (field, value, expected) => {
    expect(inputValue(field, value)).toEqual(expected);
  });
});

describe("comparable", () => {
  it("compares dates by their ISO text and absent as null", () => {
    expect(comparable(new Date("2026-09-30T00:00:00Z"))).toBe("2026-09-30T00:00:00.000Z");
    expect(comparable(undefined)).toBeNull();
  });
});

describe("describeValue: a conflict's values as a person reads them", () => {
  const options = { owners: [{ id: 3, name: "Sanna Myynti" }], segments: [{ id: 1, name: "Keskisuuret" }], campaigns: [], accounts: [{ id: 9, name: "Kuura Oy" }] };
  it.each([
    ["en", "ownerId", 3, "Sanna Myynti"],
    ["en", "ownerId", 4, "#4"],
    ["en", "accountId", 9, "Kuura Oy"],
    ["en", "source", "WEBINAR", "Webinar"],
    ["fi", "tier", "KEY", "Avainasiakas"],
    ["en", "frameworkAgreement", false, "No"],
    ["en", "closeDate", "2026-09-30T00:00:00.000Z", "2026-09-30"],
    ["en", "industry", null, "(empty)"],
    ["fi", "industry", "", "(tyhjä)"],
  ] as const)("%s %s %j → %j", (locale, field, value, expected) => {
    expect(describeValue(createTranslator(locale), locale, options)(field, value)).toBe(expected);
  });

  it("shows money in the user's notation", () => {
    expect(describeValue(createTranslator("fi"), "fi", options)("amountMinor", 1_205_050).replace(/\s/g, " ")).toBe("12 050,50 €");
  });
});

describe("withBase: an update schema that also reads the opened values", () => {
  const form = { id: "4", version: "2", name: "Kuura", industry: "Software", country: "fi" };
  it("reads the opened values from their JSON", () => {
    const parsed = withBase(updateAccountSchema).parse({ ...form, base: JSON.stringify({ industry: "Retail" }) });
    expect(parsed).toMatchObject({ id: 4, version: 2, country: "FI", base: { industry: "Retail" } });
  });
  it("treats missing or unreadable JSON as no opened values", () => {
    expect(withBase(updateAccountSchema).parse({ ...form, base: "{not json" }).base).toBeUndefined();
    expect(withBase(updateAccountSchema).parse(form).base).toBeUndefined();
  });
  it("keeps the schema's own cross-field rule", () => {
    const result = withBase(updateAccountSchema).safeParse({ ...form, expectedOrderIntervalDays: "30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["expectedOrderIntervalDays"], message: "validation.intervalNeedsAgreement" });
  });
});
