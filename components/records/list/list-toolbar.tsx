import { BulkActions } from "@/components/records/bulk/bulk-actions";
import { SavedViews } from "@/components/records/views/saved-views";
import { buttonClasses } from "@/components/ui/button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { exportPath } from "@/lib/records/list/export-path";
import type { AnyView, ListSpec } from "@/lib/records/list/spec";
import { listQuery } from "@/lib/records/list/view";

/**
 * The rows above every record list's table: the one place that list-wide actions go, for all
 * four kinds at once. It gets the view without its page cursor, as actions apply to the
 * whole list, and the user, so each action shows only for roles that may use it.
 */
export async function ListToolbar({ spec, view, user }: { spec: ListSpec; view: AnyView; user: CurrentUser }) {
  const { t } = await getI18n();
  const query = listQuery(spec, { ...view, after: undefined });
  return (
    <div className="mb-3 flex flex-col gap-3">
      <div role="toolbar" aria-label={t("lists.toolbar")} className="flex flex-wrap items-start justify-between gap-2">
        <SavedViews kind={spec.kind} query={query} user={user} />
        {can(user.role, "records.export") && (
          <a href={exportPath(spec, query)} download className={buttonClasses("secondary", "sm")}>
            {t("lists.downloadCsv")}
          </a>
        )}
      </div>
      <BulkActions kind={spec.kind} user={user} />
    </div>
  );
}
