import type { Metadata } from "next";
import Link from "next/link";
import { SettingsHeader } from "@/components/settings/settings-header";
import { TeamsTable } from "@/components/settings/teams-table";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { NEW_TEAM_PATH } from "@/lib/settings/teams/paths";
import { getTeams } from "@/lib/settings/teams/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.teams")} · ${t("settings.title")}` };
}

export default async function SettingsTeamsPage() {
  const user = await authorizePage("settings.manage");
  const [{ t }, teams] = await Promise.all([getI18n(), getTeams()]);
  return (
    <>
      <SettingsHeader user={user} current="teams" />
      <Card>
        <CardHeader
          title={t("settings.teams")}
          actions={
            <Link href={NEW_TEAM_PATH} className={buttonClasses("primary", "sm")}>
              {t("settingsPeople.teams.new")}
            </Link>
          }
        />
        <TeamsTable teams={teams} />
      </Card>
    </>
  );
}
