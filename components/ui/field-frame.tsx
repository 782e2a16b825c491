import type { ReactNode } from "react";
import type { FieldLink } from "@/lib/errors";

export type FieldFrameProps = {
  id: string;
  label: ReactNode;
  /** For a required field: what a screen reader says after the label; sighted users see a star. */
  requiredText?: string;
  hint?: string;
  /** Messages for this field from the server or the shared schema. */
  errors?: string[];
  /** A record the message points at, e.g. the one that already has this email. */
  link?: FieldLink;
  children: (control: { id: string; invalid: boolean; describedBy: string | undefined }) => ReactNode;
};

/** Every form's field layout: label, control, hint, and the field's messages announced with the control. */
export function FieldFrame({ id, label, requiredText, hint, errors, link, children }: FieldFrameProps) {
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {requiredText && (
          <>
            <span className="ml-0.5 text-danger" aria-hidden="true">
              *
            </span>
            <span className="sr-only"> ({requiredText})</span>
          </>
        )}
      </label>
      {children({ id, invalid, describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {errors!.join(" ")}
          {link && (
            <>
              {" "}
              <a href={link.href} className="font-medium underline">
                {link.label}
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
