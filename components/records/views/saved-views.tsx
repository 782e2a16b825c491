import type { EntityKind } from "@/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";
import { listSavedViews } from "@/lib/records/saved-views";
import { normaliseViewQuery, savedViewHref } from "@/lib/validation/saved-view";
import { SaveViewForm } from "./save-view-form";
import { SavedViewItem } from "./saved-view-item";

export type SavedViewsProps = {
  kind: EntityKind;
  /** The list's current view as a query string (with or without its page cursor). */
  query: string;
  user: { id: number };
};

/** The signed-in user's saved views of one list, to open, rename or delete, and a form to save the current one. */
export async function SavedViews({ kind, query, user }: SavedViewsProps) {
  const [{ t }, views] = await Promise.all([getI18n(), listSavedViews(user.id, kind)]);
  const current = normaliseViewQuery(query);
  return (
    <section aria-label={t("recordViews.region")} className="flex flex-wrap items-start gap-3">
      <details className="relative">
        <summary className="flex h-8 cursor-pointer items-center rounded-md border border-border bg-surface px-3 text-sm font-medium hover:bg-surface-muted">
          {t("recordViews.menu")} ({views.length})
        </summary>
        <div className="absolute left-0 z-10 mt-1 w-80 rounded-md border border-border bg-surface p-2 shadow-md">
          {views.length === 0 ? (
            <p className="px-2 py-1 text-sm text-muted-foreground">{t("recordViews.none")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {views.map((view) => (
                <SavedViewItem key={view.id} id={view.id} name={view.name} href={savedViewHref(kind, view.query)} current={view.query === current} />
              ))}
            </ul>
          )}
        </div>
      </details>
      <SaveViewForm kind={kind} query={current} />
    </section>
  );
}
