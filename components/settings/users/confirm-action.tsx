"use client";

import { useActionState, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  values: Record<string, string>;
  label: string;
  /** Asked before the action runs; without it the button acts at once. */
  confirm?: string;
  variant?: "primary" | "secondary";
  /** Shown instead of the button after the action succeeded, e.g. a password to be shown once. */
  done?: (data: T) => ReactNode;
};

/** One button that runs an action on one thing (delete, deactivate, reset), asking first when it cannot be undone lightly. */
export function ConfirmAction<T>({ action, values, label, confirm, variant = "secondary", done }: Props<T>) {
  const { t } = useI18n();
  const [result, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);

  if (result?.ok && done) return done(result.data);
  const failed = result && !result.ok ? result : null;
  return (
    <form action={formAction} className="flex flex-col gap-3" onSubmit={() => setAsking(false)}>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failed && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger" data-testid="form-message">
          {failed.message}
        </p>
      )}
      {confirm && asking ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm font-medium">{confirm}</p>
          <Button type="submit" variant={variant} disabled={pending}>
            {t("settingsPeople.form.confirm")}
          </Button>
          <Button variant="ghost" onClick={() => setAsking(false)}>
            {t("settingsPeople.form.cancel")}
          </Button>
        </div>
      ) : (
        <div>
          {confirm ? (
            <Button variant={variant} onClick={() => setAsking(true)} disabled={pending}>
              {label}
            </Button>
          ) : (
            <Button type="submit" variant={variant} disabled={pending}>
              {label}
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
