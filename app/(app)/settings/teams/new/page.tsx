import type { Metadata } from "next";
import { SettingsHeader } from "@/components/settings/settings-header";
import { TeamForm } from "@/components/settings/teams/team-form";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { createTeamAction } from "@/lib/settings/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settingsPeople.teams.newTitle")} · ${t("settings.title")}` };
}

export default async function NewTeamPage() {
  const user = await authorizePage("settings.manage");
  const { t } = await getI18n();
  return (
    <>
      <SettingsHeader user={user} current="teams" />
      <Card className="max-w-3xl">
        <CardHeader title={t("settingsPeople.teams.newTitle")} />
        <div className="px-5 py-5">
          <TeamForm action={createTeamAction} />
        </div>
      </Card>
    </>
  );
}
