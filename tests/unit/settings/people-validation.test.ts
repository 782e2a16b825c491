import { describe, expect, it } from "vitest";
import { createTeamSchema, updateTeamSchema } from "@/lib/settings/teams/schema";
import { createUserSchema, setUserActiveSchema, updateUserSchema } from "@/lib/settings/users/schema";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the team schema", () => {
  it("reads a form's text: trimmed name, capacity typed with a space", () => {
    expect(createTeamSchema.parse({ name: "  Inside sales ", function: "SDR", monthlyCapacity: "1 200" })).toEqual({
      name: "Inside sales",
      function: "SDR",
      monthlyCapacity: 1200,
    });
  });

  it.each([
    ["a blank name", { name: "  ", function: "SDR", monthlyCapacity: "10" }, { name: "validation.required" }],
    ["a name of 101 characters", { name: "x".repeat(101), function: "SDR", monthlyCapacity: "10" }, { name: "validation.tooLong" }],
    ["an unknown function", { name: "A", function: "JANITOR", monthlyCapacity: "10" }, { function: "validation.option" }],
    ["a negative capacity", { name: "A", function: "SDR", monthlyCapacity: "-1" }, { monthlyCapacity: "validation.tooSmall" }],
    ["a fractional capacity", { name: "A", function: "SDR", monthlyCapacity: "2,5" }, { monthlyCapacity: "validation.wholeNumber" }],
    ["a capacity above a million", { name: "A", function: "SDR", monthlyCapacity: "1000001" }, { monthlyCapacity: "validation.tooLarge" }],
    ["text for capacity", { name: "A", function: "SDR", monthlyCapacity: "lots" }, { monthlyCapacity: "validation.wholeNumber" }],
  ])("refuses %s with a catalog message on the field", (_label, input, expected) => {
    expect(issues(createTeamSchema.safeParse(input))).toEqual(expected);
  });

  it("an edit names the team", () => {
    expect(updateTeamSchema.safeParse({ name: "A", function: "SDR", monthlyCapacity: 0 }).success).toBe(false);
    expect(updateTeamSchema.parse({ id: "7", name: "A", function: "SDR", monthlyCapacity: 0 })).toMatchObject({ id: 7, monthlyCapacity: 0 });
  });
});

describe("the user schema", () => {
  const valid = { name: "Anna Virtanen", email: " Anna.Virtanen@Kuura.FI ", role: "SALES", teamId: "", locale: "fi" };

  it("stores the email in lower case and a blank team as none", () => {
    expect(createUserSchema.parse(valid)).toEqual({ name: "Anna Virtanen", email: "anna.virtanen@kuura.fi", role: "SALES", teamId: null, locale: "fi" });
  });

  it.each([
    ["a blank email", { email: "" }, { email: "validation.required" }],
    ["an address without a domain", { email: "anna@" }, { email: "validation.email" }],
    ["an unknown role", { role: "OWNER" }, { role: "validation.option" }],
    ["an unknown language", { locale: "sv" }, { locale: "validation.option" }],
    ["a team that is not an id", { teamId: "x" }, { teamId: "validation.reference" }],
    ["a blank name", { name: "" }, { name: "validation.required" }],
  ])("refuses %s", (_label, change, expected) => {
    expect(issues(createUserSchema.safeParse({ ...valid, ...change }))).toEqual(expected);
  });

  it("an edit names the user", () => {
    expect(updateUserSchema.parse({ ...valid, id: "3", teamId: "2" })).toMatchObject({ id: 3, teamId: 2 });
  });

  it.each([
    ["true", true],
    ["on", true],
    ["false", false],
    [undefined, false],
  ])("reads active=%s as %s", (value, expected) => {
    expect(setUserActiveSchema.parse({ id: 1, active: value }).active).toBe(expected);
  });
});
