"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormField } from "@/components/records/forms/form-context";
import { cx } from "@/components/ui/cx";
import { FieldFrame } from "@/components/ui/field-frame";
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
  const defaultValue = typeof field.defaultValue === "string" ? field.defaultValue : "";
  return (
    <FieldFrame
      id={`field-${name}`}
      label={label}
      requiredText={required ? t("settingsPeople.form.required") : undefined}
      hint={hint}
      errors={field.errors}
      link={field.link}
    >
      {(control) => children({ ...control, defaultValue })}
    </FieldFrame>
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
