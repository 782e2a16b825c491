"use client";

import { cx } from "@/components/ui/cx";

export type Option = { value: string; label: string };

/** A labelled select whose server errors are announced with it (the select twin of ui/Field). */
export function SelectField({
  id,
  name,
  label,
  options,
  errors,
  defaultValue,
  placeholder,
  required,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  errors?: string[];
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className={cx("h-10 rounded-md border bg-surface px-3 text-sm", invalid ? "border-danger" : "border-border")}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
