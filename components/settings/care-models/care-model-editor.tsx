"use client";

import { useState, type FormEvent } from "react";
import { Channel, type CustomerTier } from "@/generated/prisma/enums";
import { Card, CardHeader } from "@/components/ui/card";
import { formDataToObject } from "@/lib/actions/form-data";
import { useI18n } from "@/lib/i18n/provider";
import { updateCareModelAction } from "@/lib/settings/care-models/actions";
import { CARE_MODEL_FIELDS, updateCareModelSchema, type CareModelFields } from "@/lib/settings/care-models/schema";
import { pickFields, SaveButton, SaveMessage, TextAreaField, TextField } from "../stages/settings-fields";
import { StaleNotice } from "../stages/stale-notice";
import { useSettingsSave } from "../stages/use-settings-save";

export type EditableCareModel = CareModelFields & { tier: CustomerTier; updatedAt: string };

const LABEL = {
  nameEn: "settingsStructure.field.nameEn",
  nameFi: "settingsStructure.field.nameFi",
  descriptionEn: "settingsStructure.field.careDescriptionEn",
  descriptionFi: "settingsStructure.field.careDescriptionFi",
  channels: "settingsStructure.field.channels",
  contactCadenceDays: "settingsStructure.field.contactCadenceDays",
} as const satisfies Record<keyof CareModelFields, string>;

/** One tier's care model: names, description, channels and contact cadence, saved with a stale-page check. */
export function CareModelEditor({ model }: { model: EditableCareModel }) {
  const { t, locale } = useI18n();
  const { save, pending, errors, error, success, conflict } = useSettingsSave(updateCareModelAction, updateCareModelSchema);
  const [opened, setOpened] = useState({ openedAt: model.updatedAt, base: pickFields(model, CARE_MODEL_FIELDS) });
  const label = (field: string) => t(LABEL[field as keyof CareModelFields]);
  const channelLabel = (channel: string) => t(`settingsStructure.channel.${channel as Channel}`);
  const describe = (field: string, value: unknown) => (Array.isArray(value) ? value.map(channelLabel).join(", ") : String(value ?? ""));
  const id = (field: string) => `care-${model.tier}-${field}`;
  const formId = `care-form-${model.tier}`;

  async function submit(values: Record<string, unknown>, against = opened) {
    await save({ channels: [], ...values, tier: model.tier, ...against } as never, (data: { changed: string[]; updatedAt: string }) => {
      setOpened({ openedAt: data.updatedAt, base: { ...pickFields(values as CareModelFields, CARE_MODEL_FIELDS), contactCadenceDays: Number(values.contactCadenceDays) } });
      return data.changed.length ? t("settingsStructure.saved") : t("settingsStructure.unchanged");
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(formDataToObject(new FormData(event.currentTarget)));
  }

  function saveMine() {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!conflict || !form) return;
    const next = { openedAt: new Date(conflict.currentVersion).toISOString(), base: { ...opened.base, ...Object.fromEntries(conflict.fields.map((field) => [field.field, field.theirs])) } };
    setOpened(next);
    void submit(formDataToObject(new FormData(form)), next);
  }

  const name = locale === "fi" ? model.nameFi : model.nameEn;
  return (
    <Card>
      <CardHeader title={name} description={t("settingsStructure.care.tierTitle", { tier: t(`tier.${model.tier}`) })} />
      <form id={formId} onSubmit={onSubmit} noValidate aria-label={name} className="flex flex-col gap-4 p-5">
        {conflict ? <StaleNotice conflict={conflict} label={label} describe={describe} pending={pending} onSaveMine={saveMine} /> : <SaveMessage error={error} success={success} />}
        <div className="grid gap-4 md:grid-cols-2">
          <TextField id={id("nameEn")} name="nameEn" label={label("nameEn")} defaultValue={model.nameEn} errors={errors.nameEn} />
          <TextField id={id("nameFi")} name="nameFi" label={label("nameFi")} defaultValue={model.nameFi} errors={errors.nameFi} />
          <TextAreaField id={id("descriptionEn")} name="descriptionEn" label={label("descriptionEn")} defaultValue={model.descriptionEn} errors={errors.descriptionEn} />
          <TextAreaField id={id("descriptionFi")} name="descriptionFi" label={label("descriptionFi")} defaultValue={model.descriptionFi} errors={errors.descriptionFi} />
        </div>
        <fieldset aria-describedby={errors.channels?.length ? `${id("channels")}-error` : undefined}>
          <legend className="text-sm font-medium">{label("channels")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {Object.values(Channel).map((channel) => (
              <label key={channel} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="channels[]" value={channel} defaultChecked={model.channels.includes(channel)} className="size-4" />
                {channelLabel(channel)}
              </label>
            ))}
          </div>
          {errors.channels?.length ? (
            <p id={`${id("channels")}-error`} className="mt-1.5 text-sm text-danger">
              {errors.channels.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <div className="max-w-xs">
          <TextField
            id={id("contactCadenceDays")}
            name="contactCadenceDays"
            inputMode="numeric"
            label={label("contactCadenceDays")}
            hint={t("settingsStructure.field.contactCadenceDays.hint")}
            defaultValue={String(model.contactCadenceDays)}
            errors={errors.contactCadenceDays}
          />
        </div>
        <SaveButton pending={pending} />
      </form>
    </Card>
  );
}
