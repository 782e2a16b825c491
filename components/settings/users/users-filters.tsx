import Form from "next/form";
import Link from "next/link";
import { control, labelled, Select } from "@/components/records/list/filter-controls";
import { buttonClasses } from "@/components/ui/button";
import { ROLES } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { USER_STATUSES, type UserListFilters } from "@/lib/settings/users/list-filters";
import { USERS_PATH } from "@/lib/settings/users/paths";

/** Search and filters of the users list, sent as the URL (a new search starts at page one). */
export async function UsersFilters({ filters, teams }: { filters: UserListFilters; teams: { id: number; name: string }[] }) {
  const { t } = await getI18n();
  return (
    <Form action={USERS_PATH} role="search" aria-label={t("settingsPeople.users.filters")} className="flex flex-wrap items-end gap-4 px-5 py-4">
      <label className={labelled}>
        {t("settingsPeople.users.search")}
        <input type="search" name="q" defaultValue={filters.q ?? ""} className={`${control} w-64`} />
      </label>
      <Select
        name="role"
        label={t("settingsPeople.users.filterRole")}
        value={filters.role ?? ""}
        options={[{ value: "", label: t("settingsPeople.users.anyRole") }, ...ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))]}
      />
      <Select
        name="team"
        label={t("settingsPeople.users.filterTeam")}
        value={filters.team === null ? "" : String(filters.team)}
        options={[
          { value: "", label: t("settingsPeople.users.anyTeam") },
          { value: "none", label: t("settingsPeople.users.noTeam") },
          ...teams.map((team) => ({ value: String(team.id), label: team.name })),
        ]}
      />
      <Select
        name="status"
        label={t("settingsPeople.users.filterStatus")}
        value={filters.status}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`settingsPeople.users.status.${status}`) }))}
      />
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary", "sm")}>
          {t("settingsPeople.users.apply")}
        </button>
        <Link href={USERS_PATH} className={buttonClasses("ghost", "sm")}>
          {t("settingsPeople.users.clear")}
        </Link>
      </div>
    </Form>
  );
}
