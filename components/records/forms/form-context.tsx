"use client";

import { createContext, useContext } from "react";
import type { FieldLink } from "@/lib/errors";

/** What every input of a record form reads by its field name: its starting value, its messages and their link. */
export type FormFieldsState = {
  defaults: Record<string, string | boolean>;
  errors: Record<string, string[] | undefined>;
  links: Record<string, FieldLink | undefined>;
};

const FormFieldsContext = createContext<FormFieldsState>({ defaults: {}, errors: {}, links: {} });

export const FormFieldsProvider = FormFieldsContext.Provider;

export function useFormField(name: string) {
  const state = useContext(FormFieldsContext);
  return { defaultValue: state.defaults[name], errors: state.errors[name], link: state.links[name] };
}
