/**
 * A header or a value reduced to what identifies it: lower case, letters and digits only
 * (ä, ö and å kept), so "First Name", "first_name" and "FirstName" are one name.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9\u00e0-\u00ff]/g, "");
}
