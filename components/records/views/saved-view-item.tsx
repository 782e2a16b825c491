"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { deleteViewAction } from "@/lib/actions/views/delete-view";
import { renameViewAction } from "@/lib/actions/views/rename-view";
import { useI18n } from "@/lib/i18n/provider";
import { VIEW_NAME_MAX } from "@/lib/validation/saved-view";
import { useSubmitAction } from "./use-submit-action";

type Done = ActionResult | null;

/** One saved view: a link that opens it, and behind a toggle its rename and delete forms. */
export function SavedViewItem({ id, name, href, current }: { id: number; name: string; href: string; current: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  // Closing the editor on success: the list re-renders with the new name or without the view.
  const closeOnSuccess = (action: (previous: Done, data: FormData) => Promise<ActionResult>) => async (previous: Done, data: FormData) => {
    const result = await action(previous, data);
    if (result.ok) setEditing(false);
    return result;
  };
  const [renamed, onRename, renaming] = useSubmitAction<Done>(closeOnSuccess(renameViewAction), null);
  const [deleted, onDelete, deleting] = useSubmitAction<Done>(closeOnSuccess(deleteViewAction), null);
  const failed = [renamed, deleted].find((result) => result?.ok === false);

  return (
    <li className="rounded px-2 py-1 hover:bg-surface-muted">
      <div className="flex items-center justify-between gap-2">
        {/* A full load, not a client navigation: a list's filter form takes its values as
            defaults when it mounts, and a client navigation would keep the old ones showing. */}
        <a href={href} aria-current={current ? "page" : undefined} className="truncate text-sm font-medium text-primary hover:underline aria-[current=page]:text-foreground">
          {name}
        </a>
        <button
          type="button"
          aria-expanded={editing}
          aria-label={t("recordViews.manage", { name })}
          onClick={() => setEditing(!editing)}
          className={buttonClasses("ghost", "sm", "px-2")}
        >
          …
        </button>
      </div>
      {editing && (
        <div className="mt-2 flex flex-col gap-2">
          <form onSubmit={onRename} className="flex items-end gap-2">
            <input type="hidden" name="id" value={id} />
            <label className="flex flex-1 flex-col gap-1 text-xs font-medium text-muted-foreground">
              {t("recordViews.newName", { name })}
              <input name="name" required maxLength={VIEW_NAME_MAX} defaultValue={name} className="h-8 rounded-md border border-border bg-surface px-2 text-sm text-foreground" />
            </label>
            <button type="submit" disabled={renaming} className={buttonClasses("secondary", "sm")}>
              {t("recordViews.rename")}
            </button>
          </form>
          <form onSubmit={onDelete}>
            <input type="hidden" name="id" value={id} />
            <button type="submit" disabled={deleting} aria-label={t("recordViews.deleteNamed", { name })} className={buttonClasses("ghost", "sm", "text-danger")}>
              {t("recordViews.delete")}
            </button>
          </form>
        </div>
      )}
      {failed?.ok === false && (
        <p role="status" className="mt-1 text-sm text-danger">
          {failed.fieldErrors?.name?.[0] ?? failed.message}
        </p>
      )}
    </li>
  );
}
