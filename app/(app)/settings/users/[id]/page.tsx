import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsHeader } from "@/components/settings/settings-header";
import { UserAccessPanel, UserHistoryPanel, UserPasswordPanel } from "@/components/settings/users/user-access-panels";
import { UserForm } from "@/components/settings/users/user-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { parseRecordId } from "@/lib/records/record-id";
import { getTeamOptions } from "@/lib/settings/teams/queries";
import { updateUserAction } from "@/lib/settings/users/actions";
import { getUser } from "@/lib/settings/users/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.users")} · ${t("settings.title")}` };
}

export default async function UserPage({ params }: Props) {
  const viewer = await authorizePage("user.manage");
  const id = parseRecordId((await params).id);
  const [{ t }, user, teams] = await Promise.all([getI18n(), id === null ? null : getUser(id), getTeamOptions()]);
  if (!user) notFound();
  return (
    <>
      <SettingsHeader user={viewer} current="users" />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader
            title={user.name}
            description={user.email}
            actions={!user.active && <Badge>{t("settingsPeople.users.deactivated")}</Badge>}
          />
          <div className="px-5 py-5">
            <UserForm
              mode="edit"
              action={updateUserAction}
              teams={teams}
              user={{ id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId, locale: user.locale }}
            />
          </div>
        </Card>
        <div className="flex flex-col gap-6">
          <UserAccessPanel user={user} viewerId={viewer.id} />
          <UserPasswordPanel user={user} viewerId={viewer.id} />
          <UserHistoryPanel user={user} />
        </div>
      </div>
    </>
  );
}
