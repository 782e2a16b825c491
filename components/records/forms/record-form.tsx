"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent, type ReactNode } from "react";
import { z } from "zod";
import { Button, buttonClasses } from "@/components/ui/button";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";
import { ConflictPanel } from "./conflict-panel";
import { FormFieldsProvider } from "./form-context";

/** An edit form's starting point: the record, its version, and its stored values for the conflict check. */
export type OpenedRecord = { id: number; version: number; base: Record<string, unknown> };

type Props = {
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** The shared schema the server validates with, checked here first to answer without a round trip. */
  schema: z.ZodType;
  defaults: Record<string, string | boolean>;
  opened?: OpenedRecord;
  describe: (field: string, value: unknown) => string;
  submitLabel: string;
  cancelHref: string;
  children: ReactNode;
};

/**
 * The frame of every record form: validation in the user's language before and after the
 * server, the user's input kept after a refusal, and a stale save's conflict panel. A save
 * that succeeds is redirected by its action to the record's page.
 */
export function RecordForm({ action, schema, defaults, opened: openedAtFirst, describe, submitLabel, cancelHref, children }: Props) {
  const { t, locale } = useI18n();
  const [result, formAction, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [opened, setOpened] = useState(openedAtFirst);
  const formRef = useRef<HTMLFormElement>(null);

  const failed = result && !result.ok ? result : null;
  const errors = clientErrors ?? failed?.fieldErrors ?? {};
  const conflict = failed?.conflict;

  function submit(formData: FormData) {
    const parsed = schema.safeParse(formDataToObject(formData), { error: validationErrorMap(locale) });
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error, (issue) => translateIssue(t, issue.message)).fieldErrors as Record<string, string[]>);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  // Submitted by hand rather than through the form's action, which would clear the inputs after every answer.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  }

  function saveMine() {
    if (!conflict || !opened || !formRef.current) return;
    const theirs = Object.fromEntries(conflict.fields.map((field) => [field.field, field.theirs]));
    const next = { ...opened, version: conflict.currentVersion, base: { ...opened.base, ...theirs } };
    setOpened(next);
    const formData = new FormData(formRef.current);
    formData.set("version", String(next.version));
    formData.set("base", JSON.stringify(next.base));
    submit(formData);
  }

  const message = clientErrors ? t("recordForms.checkFields") : failed && !conflict ? failed.message : null;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {opened && (
        <>
          <input type="hidden" name="id" value={opened.id} />
          <input type="hidden" name="version" value={opened.version} />
          <input type="hidden" name="base" value={JSON.stringify(opened.base)} />
        </>
      )}
      {message && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger" data-testid="form-message">
          {message}
        </p>
      )}
      {conflict && <ConflictPanel conflict={conflict} describe={describe} onLoadTheirs={() => window.location.reload()} onSaveMine={saveMine} pending={pending} />}
      <FormFieldsProvider value={{ defaults, errors, links: failed?.fieldLinks ?? {} }}>
        <div className="grid gap-4 sm:grid-cols-2">{children}</div>
      </FormFieldsProvider>
      <p className="text-xs text-muted-foreground">{t("recordForms.requiredNote")}</p>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("recordForms.saving") : submitLabel}
        </Button>
        <a href={cancelHref} className={buttonClasses("secondary")}>
          {t("recordForms.cancel")}
        </a>
      </div>
    </form>
  );
}
