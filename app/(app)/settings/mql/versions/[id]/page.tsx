import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DiscardDraftForm } from "@/components/settings/mql/discard-draft-form";
import { ReevaluationNotice } from "@/components/settings/mql/reevaluation-notice";
import { VersionCard } from "@/components/settings/mql/version-card";
import { VersionPreview } from "@/components/settings/mql/version-preview";
import { SettingsHeader } from "@/components/settings/settings-header";
import { buttonClasses } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { editVersionPath, MQL_SETTINGS_PATH } from "@/lib/mql/paths";
import { loadVersionPage, type VersionPageProps } from "@/lib/mql/version-page";
import { OPEN_STATUSES } from "@/lib/mql/versions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.section.mql") };
}

/**
 * One version in full; a draft also with its edit and discard, and what activating it would
 * do now; a version that was activated with where its re-evaluation stands.
 */
export default async function MqlVersionPage(props: VersionPageProps) {
  const user = await authorizePage("mql.define");
  const { t, locale } = await getI18n();
  const { version, active, segment, reevaluation } = await loadVersionPage(props, locale);
  const open = OPEN_STATUSES.includes(version.status);
  // A superseded version's unfinished run is moot: the newer version's own took the segment over.
  const run = reevaluation && (version.status === "ACTIVE" || reevaluation.state === "finished") ? reevaluation : null;
  return (
    <>
      <SettingsHeader user={user} current="mql" />
      <Link href={MQL_SETTINGS_PATH} className="mb-4 inline-block text-sm text-primary hover:underline">
        {t("settingsMql.back")}
      </Link>
      <div className="flex flex-col gap-6">
        {run && <ReevaluationNotice run={run} canResume={can(user.role, "mql.define")} t={t} locale={locale} />}
        <VersionCard
          version={version}
          active={active}
          segment={segment.name}
          t={t}
          locale={locale}
          actions={
            open && (
              <div className="flex flex-wrap items-start gap-3">
                <Link href={editVersionPath(version.id)} className={buttonClasses("primary", "sm")}>
                  {t("settingsMql.edit")}
                </Link>
                <DiscardDraftForm id={version.id} base={version.fingerprint} version={version.version} />
              </div>
            )
          }
        />
        {open && (
          <>
            <p className="text-sm text-muted-foreground">{t(version.approvals.length ? "settingsMql.editResets" : "settingsMql.awaitingBoth")}</p>
            <Suspense fallback={<Skeleton label={t("common.loading")} className="h-80" />}>
              <VersionPreview version={version} active={active} />
            </Suspense>
          </>
        )}
      </div>
    </>
  );
}
