import type { FormOptions } from "./describe-value";
import type { OpenedRecord } from "./record-form";

/** What a page gives a kind's form: its starting values and choices, and for an edit the record as opened. */
export type KindFormProps = {
  defaults: Record<string, string | boolean>;
  options: FormOptions;
  /** Absent: the form creates a record. */
  opened?: OpenedRecord;
  cancelHref: string;
};
