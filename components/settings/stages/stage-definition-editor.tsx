"use client";

import { useState, type FormEvent } from "react";
import { StageBadge } from "@/components/bowtie/stage-badge";
import { formDataToObject } from "@/lib/actions/form-data";
import type { StageSide } from "@/generated/prisma/enums";
import type { BowtieStage } from "@/lib/bowtie/stages";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { PlainMessageKey } from "@/lib/i18n/translator";
import { updateStageDefinitionAction } from "@/lib/settings/stages/actions";
import { STAGE_DEFINITION_FIELDS, updateStageDefinitionSchema, type StageDefinitionFields } from "@/lib/settings/stages/schema";
import { pickFields, SaveButton, SaveMessage, TextAreaField, TextField } from "./settings-fields";
import { StaleNotice } from "./stale-notice";
import { useSettingsSave } from "./use-settings-save";

export type StageDefinitionValues = Omit<StageDefinitionFields, "slaHours"> & { slaHours: number | null };
export type EditableStage = StageDefinitionValues & { stage: BowtieStage; order: number; side: StageSide; updatedAt: string };

const TEXT_FIELDS = ["labelEn", "labelFi", "descriptionEn", "descriptionFi", "entryCriteriaEn", "entryCriteriaFi"] as const;

/** One stage definition: its summary line, and the form that edits its texts and SLA. */
export function StageDefinitionEditor({ stage }: { stage: EditableStage }) {
  const { t, locale } = useI18n();
  const { save, pending, errors, error, success, conflict } = useSettingsSave(updateStageDefinitionAction, updateStageDefinitionSchema);
  const [opened, setOpened] = useState({ openedAt: stage.updatedAt, base: pickFields(stage, STAGE_DEFINITION_FIELDS) });
  const [shown, setShown] = useState(pickFields(stage, STAGE_DEFINITION_FIELDS));
  const fi = locale === "fi";
  const label = (field: string) => t(`settingsStructure.field.${field}` as PlainMessageKey);
  const describe = (field: string, value: unknown) =>
    value === null || value === undefined || value === "" ? t("settingsStructure.stages.noSla") : field === "slaHours" ? t("common.hours", { hours: String(value) }) : String(value);

  async function submit(values: Record<string, unknown>, against = opened) {
    await save({ ...values, stage: stage.stage, ...against } as never, (data) => {
      const next = { ...pickFields(values as StageDefinitionValues, STAGE_DEFINITION_FIELDS), slaHours: values.slaHours === "" ? null : Number(values.slaHours) };
      setOpened({ openedAt: data.updatedAt, base: next });
      setShown(next);
      return data.changed.length ? t("settingsStructure.saved") : t("settingsStructure.unchanged");
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(formDataToObject(new FormData(event.currentTarget)));
  }

  function saveMine(form: HTMLFormElement | null) {
    if (!conflict || !form) return;
    const theirs = Object.fromEntries(conflict.fields.map((field) => [field.field, field.theirs]));
    const next = { openedAt: new Date(conflict.currentVersion).toISOString(), base: { ...opened.base, ...theirs } };
    setOpened(next);
    void submit(formDataToObject(new FormData(form)), next);
  }

  const formId = `stage-form-${stage.stage}`;
  return (
    <details className="group border-b border-border last:border-b-0" data-testid={`stage-${stage.stage}`}>
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 hover:bg-surface-muted/60">
        <span className="w-5 text-right text-sm tabular-nums text-muted-foreground">{stage.order}</span>
        <StageBadge stage={stage.stage} label={fi ? shown.labelFi : shown.labelEn} />
        <span className="text-sm text-muted-foreground">{t(`side.${stage.side}`)}</span>
        <span className="min-w-48 flex-1 truncate text-sm">{fi ? shown.descriptionFi : shown.descriptionEn}</span>
        <span className="text-sm tabular-nums" data-testid="stage-sla">
          {shown.slaHours === null ? t("settingsStructure.stages.noSla") : t("common.hours", { hours: formatNumber(shown.slaHours, locale) })}
        </span>
        <span className="text-sm font-medium text-primary" aria-hidden="true">
          {t("settingsStructure.edit")}
        </span>
        <span className="sr-only">{t("settingsStructure.stages.editLabel", { stage: fi ? shown.labelFi : shown.labelEn })}</span>
      </summary>
      <form id={formId} onSubmit={onSubmit} noValidate className="flex flex-col gap-4 px-5 pb-5 pt-2">
        {conflict && <StaleNotice conflict={conflict} label={label} describe={describe} pending={pending} onSaveMine={() => saveMine(document.getElementById(formId) as HTMLFormElement | null)} />}
        {!conflict && <SaveMessage error={error} success={success} />}
        <div className="grid gap-4 md:grid-cols-2">
          {TEXT_FIELDS.map((field) =>
            field.startsWith("label") ? (
              <TextField key={field} id={`${stage.stage}-${field}`} name={field} label={label(field)} defaultValue={stage[field]} errors={errors[field]} />
            ) : (
              <TextAreaField key={field} id={`${stage.stage}-${field}`} name={field} label={label(field)} defaultValue={stage[field]} errors={errors[field]} />
            ),
          )}
          <TextField
            id={`${stage.stage}-slaHours`}
            name="slaHours"
            inputMode="numeric"
            label={label("slaHours")}
            hint={t("settingsStructure.field.slaHours.hint")}
            defaultValue={stage.slaHours === null ? "" : String(stage.slaHours)}
            errors={errors.slaHours}
          />
        </div>
        <SaveButton pending={pending} />
      </form>
    </details>
  );
}
