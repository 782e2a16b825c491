import { z } from "zod";
import type { EntityKind } from "@/generated/prisma/enums";
import { DealType } from "@/generated/prisma/enums";
import { accountFields, createAccountSchema } from "@/lib/validation/records/account";
import { contactFields, createContactSchema } from "@/lib/validation/records/contact";
import { createDealSchema, dealFields } from "@/lib/validation/records/deal";
import { createLeadSchema, leadFields } from "@/lib/validation/records/lead";

export const IMPORT_KINDS = ["LEAD", "CONTACT", "ACCOUNT", "DEAL"] as const satisfies readonly EntityKind[];
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The kind in a URL: /import/leads. */
export const KIND_SLUG: Record<ImportKind, string> = { LEAD: "leads", CONTACT: "contacts", ACCOUNT: "accounts", DEAL: "deals" };

export function kindFromSlug(slug: string): ImportKind | null {
  return IMPORT_KINDS.find((kind) => KIND_SLUG[kind] === slug) ?? null;
}

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

type KindSpec = {
  /** The record's editable fields, from the shared schema, and those the import adds. */
  fields: z.ZodObject;
  /** What a new record must satisfy: the same schema as the create form. */
  create: z.ZodType;
  /** The fields a file must fill for a row to become a new record. */
  required: readonly string[];
  /** The fields that find an existing record: a row matching one updates it. */
  keys: readonly ("email" | "domain" | "externalId")[];
};

// A deal's type is chosen when it is created and decides where it enters the bow-tie, so it
// is a field of the import though not one of the deal's editable fields.
const dealImportFields = dealFields.extend({ type: z.enum(DealType, { error: "validation.option" }) });

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  LEAD: { fields: leadFields, create: createLeadSchema, required: ["firstName", "lastName", "source"], keys: ["email", "externalId"] },
  CONTACT: { fields: contactFields, create: createContactSchema, required: ["firstName", "lastName"], keys: ["email", "externalId"] },
  ACCOUNT: { fields: accountFields, create: createAccountSchema, required: ["name", "industry", "country"], keys: ["domain", "externalId"] },
  DEAL: {
    fields: dealImportFields,
    create: createDealSchema,
    required: ["name", "accountId", "amountMinor", "closeDate", "type"],
    keys: ["externalId"],
  },
};

/** The fields a column can fill for a kind, in the order the mapping shows them. */
export function importFields(kind: ImportKind): string[] {
  return Object.keys(KIND_SPECS[kind].fields.shape);
}
