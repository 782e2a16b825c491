"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormField } from "@/components/records/forms/form-context";
import { cx } from "@/components/ui/cx";
import { useI18n } from "@/lib/i18n/provider";

export type Option = { value: string; label: string };

const CONTROL = "h-10 w-full rounded-md border bg-surface px-3 text-sm text-foreground";

type ShellProps = {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  children: (control: { id: string; invalid: boolean; describedBy: string | undefined; defaultValue: string }) => ReactNode;
};

/** Label (with a required mark), control, hint, and the server's or the schema's messages with the link they carry. */
function FieldShell({ name, label, required, hint, children }: ShellProps) {
  const { t } = useI18n();
  const field = useFormField(name);
  const id = `field-${name}`;
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required && (
          <span className="ml-0.5 text-danger" aria-hidden="true">
            *
          </span>
        )}
        {required && <span className="sr-only"> ({t("settingsPeople.form.required")})</span>}
      </label>
      {children({ id, invalid, describedBy, defaultValue: typeof field.defaultValue === "string" ? field.defaultValue : "" })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {field.errors!.join(" ")}
          {field.link && (
            <>
              {" "}
              <a href={field.link.href} className="font-medium underline">
                {field.link.label}
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "id"> & { name: string; label: string; hint?: string };

export function TextField({ name, label, required, hint, className, ...props }: TextFieldProps) {
  return (
    <FieldShell name={name} label={label} required={required} hint={hint}>
      {({ id, invalid, describedBy, defaultValue }) => (
        <input
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          className={cx(CONTROL, invalid ? "border-danger" : "border-border", className)}
          {...props}
        />
      )}
    </FieldShell>
  );
}

/** A select of options; an optional one starts with "None", a required one with "Choose…". */
export function SelectField({ name, label, options, required, hint }: { name: string; label: string; options: Option[]; required?: boolean; hint?: string }) {
  const { t } = useI18n();
  return (
    <FieldShell name={name} label={label} required={required} hint={hint}>
      {({ id, invalid, describedBy, defaultValue }) => (
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          className={cx(CONTROL, invalid ? "border-danger" : "border-border")}
        >
          <option value="">{required ? t("settingsPeople.form.choose") : t("settingsPeople.form.none")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
