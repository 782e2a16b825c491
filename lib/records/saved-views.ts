import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { AppError, toAppError } from "@/lib/errors";
import type { RenameViewInput, SaveViewInput } from "@/lib/validation/saved-view";

/*
 * A user's saved views of a records list. Every read and write names the user, and a view
 * of someone else is "not found" rather than "forbidden", so ids reveal nothing.
 */

type Client = Pick<PrismaClient, "savedView" | "$transaction">;

export type SavedViewRow = { id: number; name: string; query: string };

const AUDIT_KIND = "SAVED_VIEW";

/** The user's views of one list, by name. */
export function listSavedViews(userId: number, kind: EntityKind, client: Pick<PrismaClient, "savedView"> = db): Promise<SavedViewRow[]> {
  return client.savedView.findMany({
    where: { userId, kind },
    select: { id: true, name: true, query: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** A taken name, in words the form can show next to its "replace" choice. */
function nameTaken(cause: unknown): AppError {
  return new AppError("CONFLICT", "a view of that name exists", { messageKey: "recordViews.exists", cause });
}

/** Runs a write that names a view; two writes of one new name at once collide only at the unique index. */
async function naming<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AppError) && toAppError(error)?.code === "CONFLICT") throw nameTaken(error);
    throw error;
  }
}

/**
 * Saves the current view under a name. The same name again replaces the view only when the
 * caller says so (the form asks first); otherwise it is a conflict and nothing changes.
 */
export async function saveView(userId: number, input: SaveViewInput, client: Client = db): Promise<{ id: number; name: string; replaced: boolean }> {
  const { kind, name, query } = input;
  return naming(() =>
    client.$transaction(async (tx) => {
      const existing = await tx.savedView.findUnique({ where: { userId_kind_name: { userId, kind, name } }, select: { id: true, query: true } });
      if (existing && !input.replace) throw nameTaken(null);
      const view = existing
        ? await tx.savedView.update({ where: { id: existing.id }, data: { query }, select: { id: true } })
        : await tx.savedView.create({ data: { userId, kind, name, query }, select: { id: true } });
      await audit(tx, {
        actorId: userId,
        action: "view.save",
        entityKind: AUDIT_KIND,
        entityId: view.id,
        before: existing ? { kind, name, query: existing.query } : undefined,
        after: { kind, name, query },
      });
      return { id: view.id, name, replaced: Boolean(existing) };
    }),
  );
}

async function ownView(tx: Pick<PrismaClient, "savedView">, userId: number, id: number) {
  const view = await tx.savedView.findFirst({ where: { id, userId }, select: { id: true, kind: true, name: true, query: true } });
  if (!view) throw new AppError("NOT_FOUND", `saved view ${id} of user ${userId} does not exist`, { messageKey: "recordViews.notFound" });
  return view;
}

/** Renames one of the user's views; a name they already use for that list is a conflict. */
export async function renameView(userId: number, input: RenameViewInput, client: Client = db): Promise<{ kind: EntityKind }> {
  return naming(() =>
    client.$transaction(async (tx) => {
      const view = await ownView(tx, userId, input.id);
      if (view.name === input.name) return { kind: view.kind };
      await tx.savedView.update({ where: { id: view.id }, data: { name: input.name } });
      await audit(tx, {
        actorId: userId,
        action: "view.rename",
        entityKind: AUDIT_KIND,
        entityId: view.id,
        before: { name: view.name },
        after: { name: input.name },
      });
      return { kind: view.kind };
    }),
  );
}

/** Deletes one of the user's views. */
export async function deleteView(userId: number, id: number, client: Client = db): Promise<{ kind: EntityKind }> {
  return client.$transaction(async (tx) => {
    const view = await ownView(tx, userId, id);
    await tx.savedView.delete({ where: { id: view.id } });
    await audit(tx, {
      actorId: userId,
      action: "view.delete",
      entityKind: AUDIT_KIND,
      entityId: view.id,
      before: { kind: view.kind, name: view.name, query: view.query },
    });
    return { kind: view.kind };
  });
}
