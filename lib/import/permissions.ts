import type { Role } from "@/generated/prisma/enums";
import { assertCan, can, EDIT_ACTION } from "@/lib/auth/permissions";
import { IMPORT_KINDS, type ImportKind } from "./kinds";

/** An import writes records, so it takes the bulk right and the edit right of the kind it writes. */
export function canImport(role: Role, kind: ImportKind): boolean {
  return can(role, "records.import") && can(role, EDIT_ACTION[kind]);
}

export function importableKinds(role: Role): ImportKind[] {
  return IMPORT_KINDS.filter((kind) => canImport(role, kind));
}

/** Throws FORBIDDEN (or UNAUTHENTICATED) unless the user may import records of the kind. */
export function assertCanImport<U extends { role: Role }>(user: U | null | undefined, kind: ImportKind): asserts user is U {
  assertCan(user, "records.import");
  assertCan(user, EDIT_ACTION[kind]);
}
