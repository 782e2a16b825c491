"use client";

import { cx } from "@/components/ui/cx";

export const CONTROL = "w-full rounded-md border bg-surface px-3 text-sm text-foreground";

/** A group of checkboxes sharing one name, with the group's messages. */
export function CheckboxGroup({ name, legend, options, checked, errors }: { name: string; legend: string; options: { value: string; label: string }[]; checked: readonly string[]; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="flex flex-col gap-1.5" aria-invalid={invalid || undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`${name}[]`} value={option.value} defaultChecked={checked.includes(option.value)} className="size-4" />
            {option.label}
          </label>
        ))}
      </div>
      {invalid && <p className={cx("text-sm text-danger")}>{errors!.join(" ")}</p>}
    </fieldset>
  );
}
