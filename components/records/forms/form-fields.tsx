"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { FieldFrame } from "@/components/ui/field-frame";
import type { FieldLink } from "@/lib/errors";
import { useI18n } from "@/lib/i18n/provider";
import type { PlainMessageKey } from "@/lib/i18n/translator";
import { useFormField } from "./form-context";

/** A field name that has a label in the catalog. */
export type FieldName = PlainMessageKey extends infer K ? (K extends `recordForms.field.${infer F}` ? F : never) : never;

export type Option = { value: string; label: string };

const CONTROL = "h-10 w-full rounded-md border bg-surface px-3 text-sm text-foreground";

type ShellProps = {
  name: FieldName;
  required?: boolean;
  hint?: string;
  errors?: string[];
  link?: FieldLink;
  children: (control: { id: string; invalid: boolean; describedBy: string | undefined }) => ReactNode;
};

/** Label (with a required mark), control, hint, and the field's messages with the link they carry. */
export function FieldShell({ name, required, ...rest }: ShellProps) {
  const { t } = useI18n();
  return <FieldFrame id={`field-${name}`} label={t(`recordForms.field.${name}`)} requiredText={required ? t("recordForms.required") : undefined} {...rest} />;
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & { name: FieldName; hint?: string };

export function TextInput({ name, required, hint, className, ...props }: TextInputProps) {
  const field = useFormField(name);
  return (
    <FieldShell name={name} required={required} hint={hint} errors={field.errors} link={field.link}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          name={name}
          defaultValue={typeof field.defaultValue === "string" ? field.defaultValue : ""}
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

type SelectInputProps = { name: FieldName; options: Option[]; required?: boolean; hint?: string; disabled?: boolean };

/** A select of options; an optional field starts with "None", a required one with "Choose…". */
export function SelectInput({ name, options, required, hint, disabled }: SelectInputProps) {
  const { t } = useI18n();
  const field = useFormField(name);
  return (
    <FieldShell name={name} required={required} hint={hint} errors={field.errors} link={field.link}>
      {({ id, invalid, describedBy }) => (
        <select
          id={id}
          name={name}
          defaultValue={typeof field.defaultValue === "string" ? field.defaultValue : ""}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          disabled={disabled}
          className={cx(CONTROL, invalid ? "border-danger" : "border-border")}
        >
          <option value="">{required ? t("recordForms.choose") : t("recordForms.none")}</option>
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

export function CheckboxInput({ name }: { name: FieldName }) {
  const { t } = useI18n();
  const field = useFormField(name);
  const id = `field-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium">
        <input id={id} name={name} type="checkbox" defaultChecked={field.defaultValue === true} aria-invalid={Boolean(field.errors?.length) || undefined} className="size-4" />
        {t(`recordForms.field.${name}`)}
      </label>
      {field.errors?.length ? <p className="text-sm text-danger">{field.errors.join(" ")}</p> : null}
    </div>
  );
}
