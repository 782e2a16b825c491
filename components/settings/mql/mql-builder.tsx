"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Persona } from "@/generated/prisma/enums";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { useSubmitAction } from "@/components/records/views/use-submit-action";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { createMqlDraftAction, updateMqlDraftAction } from "@/lib/mql/actions/drafts";
import { previewMqlDraftAction } from "@/lib/mql/actions/preview";
import { MQL_SETTINGS_PATH } from "@/lib/mql/paths";
import type { MqlPreview } from "@/lib/mql/preview";
import type { MqlDraftFields } from "@/lib/mql/schema";
import { FieldFrame } from "@/components/ui/field-frame";
import { CheckboxGroup, CONTROL } from "./builder-fields";
import { PreviewPanel } from "./preview-panel";

/** How long typing pauses before the preview is asked for. */
const PREVIEW_DELAY_MS = 400;

type Props = {
  segmentId: number;
  /** The draft being edited and the fingerprint of what the form opened with; null for a new draft. */
  draft: { id: number; base: string } | null;
  initial: MqlDraftFields;
  industryOptions: string[];
  activeVersion: number | null;
  initialPreview: MqlPreview;
};

/**
 * The MQL builder: company fit, persona and behaviour, with a live preview of the segment's
 * open leads that follows every change (debounced, the latest answer wins).
 */
export function MqlBuilder({ segmentId, draft, initial, industryOptions, activeVersion, initialPreview }: Props) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const [saved, onSubmit, saving] = useSubmitAction<ActionResult<never> | null>(draft ? updateMqlDraftAction : createMqlDraftAction, null);
  const [preview, setPreview] = useState(initialPreview);
  const [previewErrors, setPreviewErrors] = useState<Record<string, string[]>>({});
  const [previewing, setPreviewing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const schedulePreview = () => {
    if (timer.current) clearTimeout(timer.current);
    // Busy from the first keystroke: the figures shown no longer match the form.
    setPreviewing(true);
    timer.current = setTimeout(async () => {
      if (!form.current) return;
      const request = ++latest.current;
      const result = await previewMqlDraftAction(null, new FormData(form.current));
      if (request !== latest.current) return;
      setPreviewing(false);
      if (result.ok) {
        setPreview(result.data);
        setPreviewErrors({});
      } else {
        setPreviewErrors(result.fieldErrors ?? {});
      }
    }, PREVIEW_DELAY_MS);
  };

  const failure = saved && !saved.ok ? saved : null;
  const errors = (field: string) => failure?.fieldErrors?.[field] ?? previewErrors[field];
  // One labelled control: a line of text, a number, or several lines.
  const control = (id: keyof MqlDraftFields, kind: "number" | "text" | "lines", value: string, hint?: string) => (
    <FieldFrame id={`mql-${id}`} label={t(`settingsMql.field.${id}`)} hint={hint} errors={errors(id)}>
      {({ id: controlId, invalid, describedBy }) => {
        const props = { id: controlId, name: id, defaultValue: value, "aria-invalid": invalid || undefined, "aria-describedby": describedBy };
        const border = invalid ? "border-danger" : "border-border";
        return kind === "lines" ? (
          <textarea {...props} rows={3} className={cx(CONTROL, "py-2", border)} />
        ) : (
          <input {...props} type={kind} inputMode={kind === "number" ? "numeric" : undefined} className={cx(CONTROL, "h-10", border)} />
        );
      }}
    </FieldFrame>
  );

  return (
    <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form ref={form} onSubmit={onSubmit} onChange={schedulePreview} aria-label={t("settingsMql.builder.title")} className="flex flex-col gap-6" noValidate>
        <input type="hidden" name="segmentId" value={segmentId} />
        {draft && <input type="hidden" name="id" value={draft.id} />}
        {draft && <input type="hidden" name="base" value={draft.base} />}
        <Card>
          <CardHeader title={t("settingsMql.builder.companyFit")} description={t("settingsMql.builder.companyFitHint")} />
          <div className="flex flex-col gap-4 p-5">
            <CheckboxGroup
              name="industries"
              legend={t("settingsMql.field.industries")}
              options={industryOptions.map((industry) => ({ value: industry, label: industry }))}
              checked={initial.industries}
              errors={errors("industries")}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              {control("minEmployees", "number", initial.minEmployees?.toString() ?? "")}
              {control("maxEmployees", "number", initial.maxEmployees?.toString() ?? "")}
            </div>
            {control("countries", "text", initial.countries.join(", "), t("settingsMql.builder.countriesHint"))}
          </div>
        </Card>
        <Card>
          <CardHeader title={t("settingsMql.builder.persona")} description={t("settingsMql.builder.personaHint")} />
          <div className="flex flex-col gap-4 p-5">
            <CheckboxGroup
              name="personas"
              legend={t("settingsMql.field.personas")}
              options={Object.values(Persona).map((persona) => ({ value: persona, label: t(`persona.${persona}`) }))}
              checked={initial.personas}
              errors={errors("personas")}
            />
            {control("titleKeywords", "lines", initial.titleKeywords.join(", "), t("settingsMql.builder.keywordsHint"))}
          </div>
        </Card>
        <Card>
          <CardHeader title={t("settingsMql.builder.behaviour")} description={t("settingsMql.builder.behaviourHint")} />
          <div className="grid gap-4 p-5 sm:grid-cols-2">
            {control("minEngagementScore", "number", String(initial.minEngagementScore))}
            {control("withinDays", "number", String(initial.withinDays))}
          </div>
        </Card>
        <Card>
          <div className="p-5">{control("notes", "lines", initial.notes ?? "", t("settingsMql.builder.notesHint"))}</div>
        </Card>
        {failure && (
          <p role="alert" className="text-sm text-danger">
            {failure.message}
          </p>
        )}
        <div className="flex gap-3">
          <Button type="submit" disabled={saving}>
            {saving ? t("settingsMql.builder.saving") : t("settingsMql.builder.save")}
          </Button>
          <Link href={MQL_SETTINGS_PATH} className={buttonClasses("secondary")}>
            {t("settingsMql.builder.cancel")}
          </Link>
        </div>
      </form>
      <div className="2xl:sticky 2xl:top-6 2xl:self-start">
        <Card>
          <CardHeader title={t("settingsMql.preview.title")} description={t("settingsMql.preview.description")} />
          <div className="p-5">
            <PreviewPanel preview={preview} activeVersion={activeVersion} pending={previewing} />
          </div>
        </Card>
      </div>
    </div>
  );
}
