import type { Metadata } from "next";
import Link from "next/link";
import { CriteriaSummary } from "@/components/settings/mql/criteria-summary";
import { ReevaluationNotice } from "@/components/settings/mql/reevaluation-notice";
import { VersionsTable } from "@/components/settings/mql/versions-table";
import { SettingsHeader } from "@/components/settings/settings-header";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { newDraftPath, versionPath } from "@/lib/mql/paths";
import { reevaluationsOf } from "@/lib/mql/reevaluation";
import { listAgreements, OPEN_STATUSES } from "@/lib/mql/versions";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settings.section.mql")} · ${t("settings.title")}` };
}

/** Each segment's MQL agreement: the version in force (and its re-evaluation, while unfinished) and every version kept. */
export default async function SettingsMqlPage() {
  const user = await authorizePage("mql.define");
  const [{ t, locale }, agreements] = await Promise.all([getI18n(), listAgreements(db)]);
  const runs = await reevaluationsOf(agreements.flatMap((segment) => segment.active?.id ?? []), db, new Date());
  return (
    <>
      <SettingsHeader user={user} current="mql" />
      <div className="flex flex-col gap-6">
        {agreements.map((segment) => {
          const name = locale === "fi" ? segment.nameFi : segment.nameEn;
          const open = segment.versions.find((version) => OPEN_STATUSES.includes(version.status));
          const run = segment.active ? runs.get(segment.active.id) : undefined;
          return (
            <Card key={segment.id}>
              <CardHeader
                title={name}
                description={
                  segment.active?.activatedAt
                    ? t("settingsMql.inForceSince", { version: segment.active.version, date: formatDateTime(segment.active.activatedAt, locale) })
                    : t("settingsMql.noneInForce")
                }
                actions={
                  open ? (
                    <Link href={versionPath(open.id)} className={buttonClasses("secondary", "sm")}>
                      {t("settingsMql.openDraft", { version: open.version })}
                    </Link>
                  ) : (
                    <Link href={newDraftPath(segment.id)} className={buttonClasses("primary", "sm")}>
                      {t("settingsMql.newDraft")}
                    </Link>
                  )
                }
              />
              {run && run.state !== "finished" && (
                <div className="border-b border-border p-5">
                  <ReevaluationNotice run={run} canResume={can(user.role, "mql.define")} t={t} locale={locale} />
                </div>
              )}
              {segment.active && (
                <div className="border-b border-border p-5">
                  <CriteriaSummary fields={segment.active.fields} t={t} locale={locale} />
                </div>
              )}
              <VersionsTable versions={segment.versions} caption={t("settingsMql.versionsOf", { segment: name })} t={t} locale={locale} />
            </Card>
          );
        })}
      </div>
    </>
  );
}
