"use client";

import { useFormField } from "./form-context";
import { FieldShell } from "./form-fields";
import { AccountCombobox } from "./account-combobox";
import type { AccountOption } from "@/lib/records/forms/account-search";

/** The record forms' account field: the combobox, labelled and with its server errors. */
export function AccountPicker({ initial, required }: { initial: AccountOption | null; required?: boolean }) {
  const field = useFormField("accountId");
  return (
    <FieldShell name="accountId" required={required} errors={field.errors} link={field.link}>
      {({ id, invalid, describedBy }) => <AccountCombobox id={id} initial={initial} invalid={invalid} describedBy={describedBy} />}
    </FieldShell>
  );
}
