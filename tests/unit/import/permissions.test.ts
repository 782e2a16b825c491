import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { ImportKind } from "@/lib/import/kinds";
import { assertCanImport, canImport, importableKinds } from "@/lib/import/permissions";

// Who may import what, written out by hand: records.import and the kind's edit right.
//                                           LEAD   CONTACT ACCOUNT DEAL
const MATRIX: Record<Role, [boolean, boolean, boolean, boolean]> = {
  ADMIN:      [true,  true,  true,  true ],
  SALES:      [true,  true,  true,  true ],
  MARKETING:  [true,  true,  false, false],
  LEADERSHIP: [false, false, false, false],
};
const KINDS: ImportKind[] = ["LEAD", "CONTACT", "ACCOUNT", "DEAL"];

describe("import permissions", () => {
  const cases = Object.entries(MATRIX).flatMap(([role, row]) => KINDS.map((kind, i) => [role as Role, kind, row[i]!] as const));

  it.each(cases)("%s importing %s: %s", (role, kind, allowed) => {
    expect(canImport(role, kind)).toBe(allowed);
    if (allowed) expect(() => assertCanImport({ role }, kind)).not.toThrow();
    else expect(() => assertCanImport({ role }, kind)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }) as AppError);
  });

  it.each(Object.entries(MATRIX))("%s is offered exactly the kinds it may import", (role, row) => {
    expect(importableKinds(role as Role)).toEqual(KINDS.filter((_, i) => row[i]));
  });

  it("refuses a caller who is not signed in", () => {
    expect(() => assertCanImport(null, "LEAD")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }) as AppError);
  });
});
