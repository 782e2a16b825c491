"use client";

import { useState, useTransition } from "react";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { ConflictDetails } from "@/lib/errors";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { validationErrorMap } from "@/lib/i18n/validation";

export type FieldErrors = Record<string, string[]>;

type Outcome = { ok: true } | { ok: false; conflict?: ConflictDetails };

/**
 * Saving a settings editor: the shared schema checks the input in the user's language first,
 * then the server action runs; its field messages, refusal or stale-page conflict come back
 * for the editor to show. Field paths are dotted (`rules.2.maxEmployees`).
 */
export function useSettingsSave<I, T>(action: (previous: ActionResult<T> | null, input: I) => Promise<ActionResult<T>>, schema: z.ZodType) {
  const { t, locale } = useI18n();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);

  /** Checks the input with the shared schema and shows its messages; true when it is valid. */
  function validate(input: I): boolean {
    const parsed = schema.safeParse(input, { error: validationErrorMap(locale) });
    if (parsed.success) return true;
    setErrors(issuesByPath(parsed.error.issues, (message) => translateIssue(t, message)));
    setError(t("settingsStructure.segments.checkFields"));
    setConflict(null);
    return false;
  }

  function save(input: I, onSaved: (data: T) => string | null): Promise<Outcome> {
    setSuccess(null);
    if (!validate(input)) return Promise.resolve({ ok: false });
    return new Promise((resolve) => {
      startTransition(async () => {
        const result = await action(null, input);
        if (result.ok) {
          setErrors({});
          setError(null);
          setConflict(null);
          setSuccess(onSaved(result.data));
          resolve({ ok: true });
        } else {
          setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((message) => translateIssue(t, message))])));
          setError(result.message);
          setConflict(result.conflict ?? null);
          resolve({ ok: false, conflict: result.conflict });
        }
      });
    });
  }

  return { save, validate, pending, errors, error, success, conflict };
}

export function issuesByPath(issues: readonly z.core.$ZodIssue[], translate: (message: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || "_";
    (errors[path] ??= []).push(translate(issue.message));
  }
  return errors;
}
