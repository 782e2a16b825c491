import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "@/lib/account/schema";
import { generatePassword } from "@/lib/settings/users/password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/settings/users/password-policy";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

const LONG = "kolme sanaa riittää";

describe("the password policy", () => {
  it("is met by every generated password, which a user may also keep choosing as their own", () => {
    for (let i = 0; i < 50; i++) {
      const generated = generatePassword();
      expect(generated.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(changePasswordSchema.safeParse({ currentPassword: "rusetti-demo", newPassword: generated, confirmPassword: generated }).success).toBe(true);
    }
  });
});

describe("the change-password schema", () => {
  it("takes the passwords exactly as typed, spaces included", () => {
    expect(changePasswordSchema.parse({ currentPassword: " vanha ", newPassword: ` ${LONG} `, confirmPassword: ` ${LONG} ` })).toEqual({
      currentPassword: " vanha ",
      newPassword: ` ${LONG} `,
      confirmPassword: ` ${LONG} `,
    });
  });

  it.each([
    ["nothing filled in", { currentPassword: "", newPassword: "", confirmPassword: "" }, { currentPassword: "validation.required", newPassword: "validation.required", confirmPassword: "validation.required" }],
    [`a new password one short of ${PASSWORD_MIN_LENGTH}`, { currentPassword: "vanha", newPassword: "x".repeat(PASSWORD_MIN_LENGTH - 1), confirmPassword: "x".repeat(PASSWORD_MIN_LENGTH - 1) }, { newPassword: "account.password.tooShort" }],
    ["a new password past the maximum", { currentPassword: "vanha", newPassword: "x".repeat(PASSWORD_MAX_LENGTH + 1), confirmPassword: "x".repeat(PASSWORD_MAX_LENGTH + 1) }, { newPassword: "validation.tooLong", confirmPassword: "validation.tooLong" }],
    ["a confirmation that differs", { currentPassword: "vanha", newPassword: LONG, confirmPassword: `${LONG}!` }, { confirmPassword: "account.password.mismatch" }],
    ["a new password equal to the current one", { currentPassword: LONG, newPassword: LONG, confirmPassword: LONG }, { newPassword: "account.password.unchanged" }],
  ])("refuses %s with a catalog message on the field", (_label, input, expected) => {
    expect(issues(changePasswordSchema.safeParse(input))).toEqual(expected);
  });

  it(`accepts a new password of exactly ${PASSWORD_MIN_LENGTH} characters`, () => {
    const exact = "y".repeat(PASSWORD_MIN_LENGTH);
    expect(changePasswordSchema.safeParse({ currentPassword: "vanha", newPassword: exact, confirmPassword: exact }).success).toBe(true);
  });
});
