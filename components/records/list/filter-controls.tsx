// The form controls the list filters are made of; labels come from the caller, already translated.

export interface FilterOption {
  value: string;
  label: string;
}

export const control = "h-9 rounded-md border border-border bg-surface px-2 text-sm text-foreground";
export const labelled = "flex flex-col gap-1 text-xs font-medium text-muted-foreground";

/** Checkboxes under one legend; submitted as the same name repeated. */
export function Choices({ name, legend, options, chosen }: { name: string; legend: string; options: FilterOption[]; chosen: readonly string[] }) {
  return (
    <fieldset className="min-w-40">
      <legend className="mb-1 text-xs font-medium text-muted-foreground">{legend}</legend>
      <div className="flex max-h-44 flex-col gap-1 overflow-y-auto pr-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Select({ name, label, value, options }: { name: string; label: string; value: string; options: FilterOption[] }) {
  return (
    <label className={labelled}>
      {label}
      <select name={name} defaultValue={value} className={control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Input({ name, label, value, type, min, max }: { name: string; label: string; value: string | number | undefined; type: "date" | "number"; min?: number; max?: number }) {
  return (
    <label className={labelled}>
      {label}
      <input type={type} name={name} defaultValue={value ?? ""} min={min} max={max} className={`${control} ${type === "number" ? "w-28" : ""}`} />
    </label>
  );
}
