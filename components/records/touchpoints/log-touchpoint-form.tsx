"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { SelectField, type Option } from "@/components/records/moves/select-field";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { Channel, TouchpointType } from "@/generated/prisma/enums";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";
import { logTouchpointSchema, TOUCHPOINT_NOTE_MAX } from "@/lib/validation/touchpoint";

type LogAction = (previous: ActionResult<{ id: number }> | null, input: FormData) => Promise<ActionResult<{ id: number }>>;

/** An instant as a datetime-local input shows it: the browser's own time zone, to the minute. */
function localInputValue(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * The touchpoint form of a lead's or a contact's page. The time is typed in the browser's
 * time zone and sent as an instant, so the server never guesses the zone; it starts at now,
 * set after the page loads because the server does not know the browser's clock.
 */
export function LogTouchpointForm({ action, recordId, campaigns }: { action: LogAction; recordId: number; campaigns: Option[] }) {
  const { t, locale } = useI18n();
  const [state, dispatch, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const setNow = () => {
    const when = formRef.current?.elements.namedItem("occurredAt");
    if (!(when instanceof HTMLInputElement)) return;
    when.value = when.max = localInputValue(new Date());
  };
  useEffect(setNow, []);
  // A logged touch leaves an empty form behind, ready for the next one.
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    setNow();
  }, [state]);

  const failed = state && !state.ok ? state : null;
  const errors = clientErrors ?? failed?.fieldErrors ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const when = String(data.get("occurredAt") ?? "");
    const instant = when === "" ? null : new Date(when);
    data.set("occurredAt", instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : when);
    const parsed = logTouchpointSchema.safeParse(formDataToObject(data), { error: validationErrorMap(locale) });
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error, (issue) => translateIssue(t, issue.message)).fieldErrors as Record<string, string[]>);
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }

  const options = <T extends string>(values: readonly T[], label: (value: T) => string): Option[] => values.map((value) => ({ value, label: label(value) }));
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="log-touchpoint">
      <input type="hidden" name="recordId" value={recordId} />
      <SelectField
        id="touchpoint-type"
        name="type"
        label={t("touchpoints.type")}
        placeholder={t("touchpoints.choose")}
        options={options(Object.values(TouchpointType), (type) => t(`recordDetail.touchpointType.${type}`))}
        errors={errors.type}
        required
      />
      <SelectField
        id="touchpoint-channel"
        name="channel"
        label={t("touchpoints.channel")}
        placeholder={t("touchpoints.choose")}
        options={options(Object.values(Channel), (channel) => t(`touchpoints.channel.${channel}`))}
        errors={errors.channel}
        required
      />
      <Field id="touchpoint-when" name="occurredAt" type="datetime-local" label={t("touchpoints.when")} errors={errors.occurredAt} required />
      {campaigns.length > 0 && (
        <SelectField id="touchpoint-campaign" name="campaignId" label={t("touchpoints.campaign")} placeholder={t("touchpoints.noCampaign")} options={campaigns} errors={errors.campaignId} />
      )}
      <TextAreaField id="touchpoint-note" name="note" rows={2} maxLength={TOUCHPOINT_NOTE_MAX} label={t("touchpoints.note")} errors={errors.note} />
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t("touchpoints.saving") : t("touchpoints.submit")}
        </Button>
      </div>
      {failed && (
        <p role="alert" className="text-sm text-danger">
          {failed.message}
        </p>
      )}
      {state?.ok && !clientErrors && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("touchpoints.saved")}
        </p>
      )}
    </form>
  );
}
