import type { ImportKind } from "../kinds";

/**
 * The Postgres type of each importable field, for casting the text a chunk's values are sent
 * as. Every value travels as text and is cast in SQL, so one statement shape serves every
 * kind and the column list comes only from this table, never from the file.
 */
const PERSON = {
  firstName: "text",
  lastName: "text",
  email: "text",
  phone: "text",
  title: "text",
  persona: '"Persona"',
};

export const COLUMN_TYPES: Record<ImportKind, Record<string, string>> = {
  LEAD: {
    ...PERSON,
    company: "text",
    companyDomain: "text",
    industry: "text",
    employees: "int",
    country: "text",
    source: '"LeadSource"',
    campaignId: "int",
    segmentId: "int",
    ownerId: "int",
    externalId: "text",
  },
  CONTACT: {
    ...PERSON,
    accountId: "int",
    ownerId: "int",
    externalId: "text",
  },
  ACCOUNT: {
    name: "text",
    domain: "text",
    industry: "text",
    employees: "int",
    country: "text",
    segmentId: "int",
    tier: '"CustomerTier"',
    ownerId: "int",
    frameworkAgreement: "boolean",
    expectedOrderIntervalDays: "int",
    externalId: "text",
  },
  DEAL: {
    name: "text",
    accountId: "int",
    type: '"DealType"',
    amountMinor: "int",
    currency: "text",
    productLine: "text",
    pipelineStage: '"PipelineStage"',
    closeDate: "date",
    source: '"LeadSource"',
    ownerId: "int",
    externalId: "text",
  },
};

export const quote = (identifier: string) => `"${identifier}"`;

/** A validated value as the text Postgres casts back: a day as YYYY-MM-DD, null as null. */
export function sqlText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * A chunk of rows as one JSON parameter: per row, an array of the fields' values as text,
 * after the record's id when `id` is given. One JSON text is far cheaper for the app to send
 * than a text array per field, every element of which the driver escapes in JavaScript, and
 * Postgres reads it as fast.
 */
export function rowsJson<T extends { values: Record<string, unknown> }>(fields: readonly string[], rows: readonly T[], id?: (row: T) => number | null): string {
  return JSON.stringify(rows.map((row) => (id ? [id(row), ...fields.map((field) => sqlText(row.values[field]))] : fields.map((field) => sqlText(row.values[field])))));
}

/** The rows of a rowsJson parameter as a table `u` with typed columns (and `id` when the rows carry it). */
export function rowsTable(kind: ImportKind, fields: readonly string[], param: number, withId: boolean): string {
  const typed: [string, string][] = [...(withId ? [["id", "int"] as [string, string]] : []), ...fields.map((field): [string, string] => [field, COLUMN_TYPES[kind][field]!])];
  const columns = typed.map(([field, type], i) => `(e.v->>${i})::${type} AS ${quote(field)}`);
  return `(SELECT ${columns.join(", ")} FROM jsonb_array_elements($${param}::jsonb) AS e(v)) u`;
}
