"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";

export type FieldErrors = Record<string, string[]>;

type MoveAction<T> = (previous: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

/**
 * A bow-tie move's form: it carries the record's id and the version the page showed, shows
 * the server's refusal (a conflict, a state that no longer allows the move) and each field's
 * error. The form is submitted by hand rather than through `action`, because React resets a
 * form after an action and a refused convert form would lose everything typed into it.
 */
export function MoveForm<T>({
  action,
  id,
  version,
  submit,
  variant = "primary",
  fields,
  result,
}: {
  action: MoveAction<T>;
  id: number;
  version: number;
  submit: string;
  variant?: "primary" | "secondary";
  fields?: (errors: FieldErrors) => ReactNode;
  result?: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [state, dispatch, pending] = useActionState(action, null);
  // Field messages from the engine arrive as catalog keys; the schema's are already translated.
  const errors: FieldErrors =
    state && !state.ok && state.fieldErrors
      ? Object.fromEntries(Object.entries(state.fieldErrors).map(([field, messages]) => [field, messages.map((message) => translateIssue(t, message))]))
      : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {fields?.(errors)}
      <div>
        <Button type="submit" variant={variant} size="sm" disabled={pending}>
          {pending ? t("recordDetail.moves.saving") : submit}
        </Button>
      </div>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      )}
      {state?.ok && result?.(state.data)}
    </form>
  );
}
