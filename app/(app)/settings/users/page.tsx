import type { Metadata } from "next";
import Link from "next/link";
import { SettingsHeader } from "@/components/settings/settings-header";
import { UsersFilters } from "@/components/settings/users/users-filters";
import { UsersTable } from "@/components/settings/users/users-table";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getTeamOptions } from "@/lib/settings/teams/queries";
import { parseUserListFilters } from "@/lib/settings/users/list-filters";
import { NEW_USER_PATH } from "@/lib/settings/users/paths";
import { listUsers } from "@/lib/settings/users/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.users")} · ${t("settings.title")}` };
}

export default async function SettingsUsersPage({ searchParams }: Props) {
  const user = await authorizePage("user.manage");
  const filters = parseUserListFilters(await searchParams);
  const [{ t }, teams, list] = await Promise.all([getI18n(), getTeamOptions(), listUsers(filters)]);
  return (
    <>
      <SettingsHeader user={user} current="users" />
      <Card>
        <CardHeader
          title={t("settings.section.users")}
          actions={
            <Link href={NEW_USER_PATH} className={buttonClasses("primary", "sm")}>
              {t("settingsPeople.users.new")}
            </Link>
          }
        />
        <UsersFilters filters={filters} teams={teams} />
        <UsersTable users={list.users} total={list.total} pages={list.pages} filters={filters} viewerId={user.id} />
      </Card>
    </>
  );
}
