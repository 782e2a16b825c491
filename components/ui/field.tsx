import type { InputHTMLAttributes } from "react";
import { cx } from "./cx";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  /** Messages for this field returned by the server. */
  errors?: string[];
};

/** A labelled input whose errors are announced with it. */
export function Field({ id, label, errors, className, ...props }: FieldProps) {
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={cx(
          "h-10 rounded-md border bg-surface px-3 text-sm text-foreground placeholder:text-muted-foreground",
          invalid ? "border-danger" : "border-border",
        )}
        {...props}
      />
      {invalid && (
        <p id={errorId} className="text-sm text-danger">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
