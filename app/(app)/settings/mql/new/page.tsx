import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MqlBuilder } from "@/components/settings/mql/mql-builder";
import { SettingsHeader } from "@/components/settings/settings-header";
import { authorizePage } from "@/lib/auth/guards";
import { getI18n } from "@/lib/i18n/server";
import { FIRST_DRAFT } from "@/lib/mql/defaults";
import { versionPath } from "@/lib/mql/paths";
import { previewCriteria } from "@/lib/mql/preview";
import { findSegment, industryOptions } from "@/lib/mql/segments";
import { listAgreements, OPEN_STATUSES, ruleOf } from "@/lib/mql/versions";
import { parseRecordId } from "@/lib/records/record-id";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t("settingsMql.newDraft")} · ${t("settings.section.mql")}` };
}

type Props = { searchParams: Promise<{ segment?: string | string[] }> };

/** The builder for a segment's next version, starting from the version in force. */
export default async function NewMqlDraftPage({ searchParams }: Props) {
  const user = await authorizePage("mql.define");
  const raw = (await searchParams).segment;
  const segmentId = typeof raw === "string" ? parseRecordId(raw) : null;
  const { t, locale } = await getI18n();
  const segment = segmentId === null ? null : await findSegment(segmentId, locale);
  if (!segment) notFound();
  const agreement = (await listAgreements(db)).find((entry) => entry.id === segment.id)!;
  const open = agreement.versions.find((version) => OPEN_STATUSES.includes(version.status));
  if (open) redirect(versionPath(open.id));

  const active = agreement.active;
  const initial = active?.fields ?? FIRST_DRAFT;
  const [industries, preview] = await Promise.all([
    industryOptions(segment.id, initial.industries),
    previewCriteria(segment.id, ruleOf(initial), active ? ruleOf(active.fields) : null, new Date(), db),
  ]);
  return (
    <>
      <SettingsHeader user={user} current="mql" />
      <h2 className="mb-1 text-lg font-semibold">{t("settingsMql.builder.newTitle", { segment: segment.name })}</h2>
      <p className="mb-6 text-sm text-muted-foreground">
        {active ? t("settingsMql.builder.startsFrom", { version: active.version }) : t("settingsMql.builder.startsEmpty")}
      </p>
      <MqlBuilder segmentId={segment.id} draft={null} initial={initial} industryOptions={industries} activeVersion={active?.version ?? null} initialPreview={preview} />
    </>
  );
}
