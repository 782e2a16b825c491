"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { z } from "zod";
import { FormFieldsProvider } from "@/components/records/forms/form-context";
import { Button, buttonClasses } from "@/components/ui/button";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** The shared schema the server validates with, checked here first to answer without a round trip. */
  schema: z.ZodType;
  defaults: Record<string, string>;
  /** Values the form carries without showing them, e.g. the id of what it edits. */
  hidden?: Record<string, string>;
  submitLabel: string;
  cancelHref?: string;
  /** Shown above the form after a save that stays on the page; a save that redirects never shows it. */
  savedMessage?: string;
  /** Replaces the form after a save, e.g. with a password to be shown once. */
  done?: (data: T) => ReactNode;
  children: ReactNode;
};

/**
 * The frame of the teams' and users' forms: the same schema as the server in the user's
 * language, the server's field messages and links, and what was typed kept after a refusal.
 */
export function PeopleForm<T>({ action, schema, defaults, hidden, submitLabel, cancelHref, savedMessage, done, children }: Props<T>) {
  const { t, locale } = useI18n();
  const [result, formAction, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);

  if (result?.ok && done) return done(result.data);
  const failed = result && !result.ok ? result : null;

  // Submitted by hand rather than through the form's action, which would clear the inputs after every answer.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = schema.safeParse(formDataToObject(formData), { error: validationErrorMap(locale) });
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error, (issue) => translateIssue(t, issue.message)).fieldErrors as Record<string, string[]>);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  const message = clientErrors ? t("settingsPeople.form.checkFields") : failed?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {message && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger" data-testid="form-message">
          {message}
        </p>
      )}
      {result?.ok && savedMessage && !clientErrors && (
        <p role="status" className="rounded-md bg-primary-soft px-3 py-2 text-sm text-primary">
          {savedMessage}
        </p>
      )}
      <FormFieldsProvider value={{ defaults, errors: clientErrors ?? failed?.fieldErrors ?? {}, links: failed?.fieldLinks ?? {} }}>
        <div className="grid gap-4 sm:grid-cols-2">{children}</div>
      </FormFieldsProvider>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("settingsPeople.form.saving") : submitLabel}
        </Button>
        {cancelHref && (
          <a href={cancelHref} className={buttonClasses("secondary")}>
            {t("settingsPeople.form.cancel")}
          </a>
        )}
      </div>
    </form>
  );
}
