import { buttonClasses } from "@/components/ui/button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import type { AnyView, ListSpec } from "@/lib/records/list/spec";
import { listQuery } from "@/lib/records/list/view";
import { exportPath } from "@/lib/records/list/export-path";

/**
 * The row above every record list's table: the one place that list-wide actions go, for all
 * four kinds at once. It gets the view without its page cursor, as actions apply to the
 * whole list, and the user, so each action shows only for roles that may use it.
 */
export async function ListToolbar({ spec, view, user }: { spec: ListSpec; view: AnyView; user: CurrentUser }) {
  const { t } = await getI18n();
  const query = listQuery(spec, { ...view, after: undefined });
  const actions = [
    can(user.role, "records.export") && (
      <a key="csv" href={exportPath(spec, query)} download className={buttonClasses("secondary", "sm")}>
        {t("lists.downloadCsv")}
      </a>
    ),
  ].filter(Boolean);
  if (actions.length === 0) return null;
  return (
    <div role="toolbar" aria-label={t("lists.toolbar")} className="mb-3 flex flex-wrap items-center justify-end gap-2">
      {actions}
    </div>
  );
}
