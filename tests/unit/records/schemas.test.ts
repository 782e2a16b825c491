import { z } from "zod";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { createAccountSchema, updateAccountSchema } from "@/lib/validation/records/account";
import { createContactSchema } from "@/lib/validation/records/contact";
import { createDealSchema, updateDealSchema } from "@/lib/validation/records/deal";
import { createLeadSchema, updateLeadSchema } from "@/lib/validation/records/lead";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[]>) : {};

describe("lead schema", () => {
  it("reads a form as typed: trimmed, blanks null, email in lower case, numbers with spaces", () => {
    const parsed = createLeadSchema.parse({
      firstName: " Aino ",
      lastName: "Mäkelä",
      email: "Aino.Makela@Kuura.FI",
      phone: "",
      companyDomain: "https://www.kuura.fi/",
      employees: "1 200",
      country: "fi",
      source: "WEB",
      ownerId: "",
    });
    expect(parsed).toMatchObject({ firstName: "Aino", email: "aino.makela@kuura.fi", phone: null, companyDomain: "kuura.fi", employees: 1200, country: "FI", ownerId: null });
  });

  it("names each bad field with a catalog message", () => {
    const result = createLeadSchema.safeParse({ firstName: "", lastName: "x", email: "not an email", source: "FAX", employees: "many" });
    const errors = fieldErrors(result);
    expect(errors).toEqual({
      firstName: ["validation.required"],
      email: ["validation.email"],
      source: ["validation.option"],
      employees: ["validation.wholeNumber"],
    });
    for (const messages of Object.values(errors)) for (const key of messages) expect(en).toHaveProperty([key]);
  });

  it("needs the id and the version for an edit", () => {
    expect(fieldErrors(updateLeadSchema.safeParse({ firstName: "A", lastName: "B", source: "WEB" }))).toHaveProperty("version");
    expect(updateLeadSchema.parse({ firstName: "A", lastName: "B", source: "WEB", id: "7", version: "3" })).toMatchObject({ id: 7, version: 3 });
  });
});

describe("account and contact schemas", () => {
  it("allows an order interval only under a framework agreement", () => {
    const base = { name: "Kuura", industry: "Software", country: "FI" };
    expect(fieldErrors(createAccountSchema.safeParse({ ...base, expectedOrderIntervalDays: "30" }))).toEqual({
      expectedOrderIntervalDays: ["validation.intervalNeedsAgreement"],
    });
    expect(createAccountSchema.parse({ ...base, frameworkAgreement: "on", expectedOrderIntervalDays: "30" })).toMatchObject({ frameworkAgreement: true, expectedOrderIntervalDays: 30 });
    expect(fieldErrors(updateAccountSchema.safeParse({ ...base, id: 1, version: 1, country: "Finland" }))).toEqual({ country: ["validation.country"] });
  });

  it("keeps a contact without an account", () => {
    expect(createContactSchema.parse({ firstName: "Eero", lastName: "Aho", accountId: "" })).toMatchObject({ accountId: null, email: null });
  });
});

describe("deal schema", () => {
  it("reads Finnish money and dates", () => {
    const parsed = createDealSchema.parse({ name: "Kuura renewal", accountId: "4", type: "RENEWAL", amountMinor: "1 054,50", closeDate: "1.3.2017", currency: "" });
    expect(parsed).toMatchObject({ amountMinor: 105450, currency: "EUR", pipelineStage: "QUALIFICATION" });
    expect(parsed.closeDate.toISOString()).toBe("2017-03-01T00:00:00.000Z");
  });

  it("never lets a form close a deal or change its type", () => {
    const base = { name: "D", accountId: 1, amountMinor: 100, closeDate: "2026-12-31" };
    expect(fieldErrors(createDealSchema.safeParse({ ...base, type: "NEW", pipelineStage: "CLOSED" }))).toEqual({ pipelineStage: ["validation.option"] });
    expect(updateDealSchema.parse({ ...base, id: 1, version: 1, type: "EXPANSION" })).not.toHaveProperty("type");
  });

  it("refuses a negative or unreadable amount and an impossible date", () => {
    const errors = fieldErrors(createDealSchema.safeParse({ name: "D", accountId: 1, type: "NEW", amountMinor: "-5", closeDate: "31.2.2026" }));
    expect(errors).toEqual({ amountMinor: ["validation.tooSmall"], closeDate: ["validation.date"] });
  });
});
