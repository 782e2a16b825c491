"use client";

import Link from "next/link";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { mqlShift } from "@/lib/metrics/mql-shift";
import type { LeadSample, MqlPreview } from "@/lib/mql/preview";
import { recordPath } from "@/lib/records/paths";

type Props = { preview: MqlPreview; activeVersion: number | null; pending?: boolean };

/**
 * A draft's effect on the segment's open leads now: how many it qualifies, how many the
 * version in force does, and the moves activating it would make, each with a sample.
 */
export function PreviewPanel({ preview, activeVersion, pending = false }: Props) {
  const { t, locale } = useI18n();
  const shift = mqlShift(preview);
  const number = (value: number) => formatNumber(value, locale);
  const share = (value: number | null) => (value === null ? t("common.none") : formatPercent(value, locale));
  const signed = (value: number) => (value > 0 ? `+${number(value)}` : number(value));
  const tiles: { id: string; label: string; value: string; note?: string }[] = [
    { id: "qualify", label: t("settingsMql.preview.qualify"), value: number(preview.qualify), note: t("settingsMql.preview.ofOpen", { open: number(preview.open), share: share(shift.qualifyShare) }) },
    ...(activeVersion !== null && preview.activeQualify !== null
      ? [{ id: "active", label: t("settingsMql.preview.activeQualify", { version: activeVersion }), value: number(preview.activeQualify), note: share(shift.activeQualifyShare) }]
      : []),
    { id: "newly", label: t("settingsMql.preview.newly"), value: number(preview.newly), note: t("settingsMql.preview.newlyNote") },
    { id: "stop", label: t("settingsMql.preview.stop"), value: number(preview.stop), note: t("settingsMql.preview.stopNote") },
    { id: "net", label: t("settingsMql.preview.net"), value: signed(shift.netMqls), note: t("settingsMql.preview.netNote") },
  ];
  return (
    <section aria-label={t("settingsMql.preview.title")} aria-busy={pending || undefined} className="flex flex-col gap-4" data-testid="mql-preview">
      <p className="text-xs text-muted-foreground">{t("settingsMql.preview.asOf", { time: formatDateTime(new Date(preview.asOf), locale) })}</p>
      <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.id} className="rounded-md border border-border px-4 py-3">
            <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`preview-${tile.id}`}>
              {tile.value}
            </dd>
            {tile.note && <dd className="mt-0.5 text-xs text-muted-foreground">{tile.note}</dd>}
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <Sample title={t("settingsMql.preview.sampleQualify")} leads={preview.samples.qualify} />
        <Sample title={t("settingsMql.preview.sampleNewly")} leads={preview.samples.newly} />
        <Sample title={t("settingsMql.preview.sampleStop")} leads={preview.samples.stop} />
      </div>
    </section>
  );
}

function Sample({ title, leads }: { title: string; leads: LeadSample[] }) {
  const { t } = useI18n();
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {leads.length === 0 ? (
        <p className="mt-1 text-sm text-muted-foreground">{t("settingsMql.preview.none")}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {leads.map((lead) => (
            <li key={lead.id}>
              <Link href={recordPath("LEAD", lead.id)} className="font-medium text-primary hover:underline">
                {lead.name}
              </Link>
              <span className="text-muted-foreground">
                {" · "}
                {[lead.company, lead.title].filter(Boolean).join(", ") || t("common.none")}
                {" · "}
                {t("settingsMql.preview.score", { score: lead.engagementScore })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
