import type { Metadata } from "next";
import { SettingsHeader } from "@/components/settings/settings-header";
import { UserForm } from "@/components/settings/users/user-form";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { getTeamOptions } from "@/lib/settings/teams/queries";
import { createUserAction } from "@/lib/settings/users/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settingsPeople.users.newTitle")} · ${t("settings.title")}` };
}

export default async function NewUserPage() {
  const user = await authorizePage("user.manage");
  const [{ t }, teams] = await Promise.all([getI18n(), getTeamOptions()]);
  return (
    <>
      <SettingsHeader user={user} current="users" />
      <Card className="max-w-3xl">
        <CardHeader title={t("settingsPeople.users.newTitle")} />
        <div className="px-5 py-5">
          <UserForm mode="create" action={createUserAction} teams={teams} />
        </div>
      </Card>
    </>
  );
}
