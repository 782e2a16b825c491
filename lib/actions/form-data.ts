export type FormValues = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/**
 * A plain object for zod to validate. A field named `tags[]` always becomes an array
 * (`tags`), even with one value, so the schema sees the same shape however many were
 * picked; React's own `$ACTION…` fields are left out.
 */
export function formDataToObject(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION")) continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      const list = values[key];
      values[key] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      values[name] = value;
    }
  }
  return values;
}
