import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import { FieldFrame } from "./field-frame";

type Labelled = {
  id: string;
  label: string;
  /** Messages for this field returned by the server. */
  errors?: string[];
};

/** A labelled input whose errors are announced with it. */
export function Field({ id, label, errors, ...props }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <FieldFrame id={id} label={label} errors={errors}>
      {({ invalid, describedBy }) => (
        <input
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={cx(
            "h-10 rounded-md border bg-surface px-3 text-sm text-foreground placeholder:text-muted-foreground",
            invalid ? "border-danger" : "border-border",
          )}
          {...props}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled text area whose errors are announced with it. */
export function TextAreaField({ id, label, errors, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <FieldFrame id={id} label={label} errors={errors}>
      {({ invalid, describedBy }) => (
        <textarea
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={cx("rounded-md border bg-surface px-3 py-2 text-sm", invalid ? "border-danger" : "border-border")}
          {...props}
        />
      )}
    </FieldFrame>
  );
}
