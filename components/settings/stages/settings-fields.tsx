"use client";

import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldFrame } from "@/components/ui/field-frame";
import { useI18n } from "@/lib/i18n/provider";

const CONTROL = "w-full rounded-md border bg-surface px-3 text-sm text-foreground";

type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { id: string; label: string; hint?: string; errors?: string[] };

export function TextField({ id, label, hint, errors, className, ...props }: TextProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {({ invalid, describedBy }) => (
        <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={cx(CONTROL, "h-10", invalid ? "border-danger" : "border-border", className)} {...props} />
      )}
    </FieldFrame>
  );
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & { id: string; label: string; hint?: string; errors?: string[] };

export function TextAreaField({ id, label, hint, errors, className, ...props }: AreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {({ invalid, describedBy }) => (
        <textarea id={id} rows={3} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={cx(CONTROL, "py-2", invalid ? "border-danger" : "border-border", className)} {...props} />
      )}
    </FieldFrame>
  );
}

/** The answer to a save: a refusal as an alert, a success as a polite status. */
export function SaveMessage({ error, success }: { error?: string | null; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger" data-testid="settings-error">
        {error}
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-muted-foreground">
      {success ?? ""}
    </p>
  );
}

export function SaveButton({ pending }: { pending: boolean }) {
  const { t } = useI18n();
  return (
    <div>
      <Button type="submit" disabled={pending}>
        {pending ? t("settingsStructure.saving") : t("settingsStructure.save")}
      </Button>
    </div>
  );
}

/** The editable fields of a row, for the values a form was opened with. */
export function pickFields<V, K extends keyof V>(values: V, fields: readonly K[]): Pick<V, K> {
  return Object.fromEntries(fields.map((field) => [field, values[field]])) as Pick<V, K>;
}
