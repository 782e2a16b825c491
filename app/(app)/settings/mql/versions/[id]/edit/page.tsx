import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MqlBuilder } from "@/components/settings/mql/mql-builder";
import { SettingsHeader } from "@/components/settings/settings-header";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { versionPath } from "@/lib/mql/paths";
import { previewCriteria } from "@/lib/mql/preview";
import { industryOptions } from "@/lib/mql/segments";
import { loadVersionPage, type VersionPageProps } from "@/lib/mql/version-page";
import { OPEN_STATUSES, ruleOf } from "@/lib/mql/versions";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settingsMql.edit")} · ${t("settings.section.mql")}` };
}

/** The builder on a draft; a version past approval opens read-only instead. */
export default async function EditMqlDraftPage(props: VersionPageProps) {
  const user = await authorizePage("mql.define");
  const { t, locale } = await getI18n();
  const { version, active, segment } = await loadVersionPage(props, locale);
  if (!OPEN_STATUSES.includes(version.status)) redirect(versionPath(version.id));
  const [industries, preview] = await Promise.all([
    industryOptions(version.segmentId, version.fields.industries),
    previewCriteria(version.segmentId, ruleOf(version.fields), active ? ruleOf(active.fields) : null, new Date(), db),
  ]);
  return (
    <>
      <SettingsHeader user={user} current="mql" />
      <h2 className="mb-1 text-lg font-semibold">{t("settingsMql.builder.editTitle", { segment: segment.name, version: version.version })}</h2>
      <p className="mb-6 text-sm text-muted-foreground">{t(version.approvals.length ? "settingsMql.editResets" : "settingsMql.awaitingBoth")}</p>
      <MqlBuilder
        segmentId={version.segmentId}
        draft={{ id: version.id, base: version.fingerprint }}
        initial={version.fields}
        industryOptions={industries}
        activeVersion={active?.version ?? null}
        initialPreview={preview}
      />
    </>
  );
}
