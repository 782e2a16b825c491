import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SettingsHeader } from "@/components/settings/settings-header";
import { TeamDeletePanel } from "@/components/settings/teams/team-delete-panel";
import { TeamForm } from "@/components/settings/teams/team-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { parseRecordId } from "@/lib/records/record-id";
import { updateTeamAction } from "@/lib/settings/teams/actions";
import { getTeam } from "@/lib/settings/teams/queries";
import { userPath } from "@/lib/settings/users/paths";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settingsPeople.teams.editTitle")} · ${t("settings.title")}` };
}

export default async function TeamPage({ params }: Props) {
  const user = await authorizePage("settings.manage");
  const id = parseRecordId((await params).id);
  const { t, locale } = await getI18n();
  const team = id === null ? null : await getTeam(id, locale);
  if (!team) notFound();
  const linksUsers = can(user.role, "user.manage");
  return (
    <>
      <SettingsHeader user={user} current="teams" />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader title={t("settingsPeople.teams.editTitle")} description={team.name} />
          <div className="px-5 py-5">
            <TeamForm action={updateTeamAction} team={{ id: team.id, name: team.name, function: team.function, monthlyCapacity: team.monthlyCapacity }} />
          </div>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader title={t("settingsPeople.teams.members")} />
            {team.members.length === 0 ? (
              <EmptyState message={t("settingsPeople.teams.membersEmpty")} />
            ) : (
              <ul className="divide-y divide-border text-sm" aria-label={t("settingsPeople.teams.members")}>
                {team.members.map((member) => (
                  <li key={member.id} className="flex items-center justify-between gap-3 px-5 py-2.5">
                    {linksUsers ? (
                      <Link href={userPath(member.id)} className="text-primary underline-offset-2 hover:underline">
                        {member.name}
                      </Link>
                    ) : (
                      member.name
                    )}
                    {!member.active && <Badge>{t("settingsPeople.users.deactivated")}</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardHeader title={t("settingsPeople.teams.ownedStages")} />
            {team.ownedStages.length === 0 ? (
              <EmptyState message={t("settingsPeople.teams.stagesEmpty")} />
            ) : (
              <ul className="divide-y divide-border text-sm" aria-label={t("settingsPeople.teams.ownedStages")}>
                {team.ownedStages.map((owned) => (
                  <li key={`${owned.segment}:${owned.stage}`} className="px-5 py-2.5">
                    {t("settingsPeople.teams.stageInSegment", { stage: t(`stage.${owned.stage}`), segment: owned.segment })}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <TeamDeletePanel team={team} />
        </div>
      </div>
    </>
  );
}
