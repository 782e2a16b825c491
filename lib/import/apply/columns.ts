import type { ImportKind } from "../kinds";

/**
 * The Postgres type of each importable field, for casting the text arrays a chunk is sent
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
