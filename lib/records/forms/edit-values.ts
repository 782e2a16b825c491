import "server-only";
import type { EntityKind } from "@/generated/prisma/enums";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { pickComparable } from "@/lib/records/writes/comparable";
import { selectFields } from "@/lib/records/writes/update-record";
import { inputValue } from "./input-value";
import { ACCOUNT_FIELDS } from "@/lib/validation/records/account";
import { CONTACT_FIELDS } from "@/lib/validation/records/contact";
import { DEAL_FIELDS } from "@/lib/validation/records/deal";
import { LEAD_FIELDS } from "@/lib/validation/records/lead";

/** A record as its edit form opens it: the stored values (the conflict check's base), the inputs' text, and what the page shows. */
export type RecordForEdit = {
  id: number;
  version: number;
  name: string;
  base: Record<string, unknown>;
  defaults: Record<string, string | boolean>;
  accountId: number | null;
  ownerId: number | null;
  closed: boolean;
};

export async function loadForEdit(kind: EntityKind, id: number): Promise<RecordForEdit | null> {
  const row = await readRow(kind, id);
  if (!row) return null;
  const fields = FIELDS[kind];
  return {
    id,
    version: row.version,
    name: row.displayName,
    base: pickComparable(row.values, fields),
    defaults: Object.fromEntries(fields.map((field) => [field, inputValue(field, row.values[field])])),
    accountId: typeof row.values.accountId === "number" ? row.values.accountId : null,
    ownerId: typeof row.values.ownerId === "number" ? row.values.ownerId : null,
    closed: row.closed,
  };
}

const FIELDS: Record<EntityKind, readonly string[]> = { LEAD: LEAD_FIELDS, CONTACT: CONTACT_FIELDS, ACCOUNT: ACCOUNT_FIELDS, DEAL: DEAL_FIELDS };

type Row = { version: number; displayName: string; values: Record<string, unknown>; closed: boolean };

async function readRow(kind: EntityKind, id: number): Promise<Row | null> {
  switch (kind) {
    case "LEAD": {
      const lead = await db.lead.findUnique({ where: { id }, select: selectFields(LEAD_FIELDS) });
      return lead && { version: lead.version, displayName: `${lead.firstName} ${lead.lastName}`, values: lead, closed: false };
    }
    case "CONTACT": {
      const contact = await db.contact.findUnique({ where: { id }, select: selectFields(CONTACT_FIELDS) });
      return contact && { version: contact.version, displayName: `${contact.firstName} ${contact.lastName}`, values: contact, closed: false };
    }
    case "ACCOUNT": {
      const account = await db.account.findUnique({ where: { id }, select: selectFields(ACCOUNT_FIELDS) });
      return account && { version: account.version, displayName: account.name, values: account, closed: false };
    }
    case "DEAL": {
      const deal = await db.deal.findUnique({ where: { id }, select: { ...selectFields(DEAL_FIELDS), status: true } });
      return deal && { version: deal.version, displayName: deal.name, values: deal, closed: deal.status !== "OPEN" };
    }
  }
}

/** For edit pages: the record named by the URL's id, or Next's not-found page. */
export async function requireForEdit(kind: EntityKind, idText: string): Promise<RecordForEdit> {
  const id = Number(idText);
  const record = Number.isSafeInteger(id) && id > 0 ? await loadForEdit(kind, id) : null;
  if (!record) notFound();
  return record;
}
