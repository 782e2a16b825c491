import "server-only";
import type { Locale } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";

/** Saves a user's UI language, with its audit entry in the same transaction. */
export async function updateUserLocale(userId: number, locale: Locale): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await audit(tx, {
      actorId: userId,
      action: "user.locale",
      entityKind: "USER",
      entityId: userId,
      before: { locale: before.locale },
      after: { locale },
    });
  });
}

/** Everyone who owns or has owned records, by name: a list filter still finds a deactivated user's records. */
export async function listOwners(): Promise<{ id: number; name: string }[]> {
  return db.user.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/**
 * Whom a record can be assigned to: the active users, and the record's current owner even if
 * deactivated, so that opening a form does not silently change who owns the record.
 */
export async function listAssignableOwners(currentOwnerId: number | null = null): Promise<{ id: number; name: string }[]> {
  return db.user.findMany({
    where: currentOwnerId === null ? { active: true } : { OR: [{ active: true }, { id: currentOwnerId }] },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
