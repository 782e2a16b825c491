import type { PrismaClient } from "@/generated/prisma/client";
import type { EntityKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/bowtie/tx";
import { AppError, type FieldLink } from "@/lib/errors";
import { recordPath } from "./paths";

type Client = Tx | PrismaClient;

/** An existing record that already holds a value a write would give another one. */
export type Duplicate = { field: string; kind: EntityKind; id: number; name: string };

/** The values that identify a record of each kind, as the shared schemas normalize them. */
export type IdentityValues = { email?: string | null; domain?: string | null; externalId?: string | null };

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/**
 * The records that already hold an identifying value of `kind`'s record `values`, other than
 * the record `exceptId` itself. An email is one person's whether on a lead or a contact, a
 * domain is one company's, and an external id names one record of its kind in the CRM it came from.
 */
export async function findDuplicates(client: Client, kind: EntityKind, values: IdentityValues, exceptId?: number): Promise<Duplicate[]> {
  const found: Duplicate[] = [];
  const notSelf = (ownKind: EntityKind) => (exceptId !== undefined && ownKind === kind ? { id: { not: exceptId } } : {});
  const person = { id: true, firstName: true, lastName: true } as const;

  if (values.email && (kind === "LEAD" || kind === "CONTACT")) {
    const [lead, contact] = await Promise.all([
      client.lead.findFirst({ where: { email: values.email, ...notSelf("LEAD") }, select: person, orderBy: { id: "asc" } }),
      client.contact.findFirst({ where: { email: values.email, ...notSelf("CONTACT") }, select: person, orderBy: { id: "asc" } }),
    ]);
    // The record of the asker's own kind first: that is the one they would have created twice.
    const own = kind === "LEAD" ? [["LEAD", lead], ["CONTACT", contact]] as const : [["CONTACT", contact], ["LEAD", lead]] as const;
    const hit = own.find(([, record]) => record);
    if (hit?.[1]) found.push({ field: "email", kind: hit[0], id: hit[1].id, name: personName(hit[1]) });
  }
  if (values.domain && kind === "ACCOUNT") {
    const account = await client.account.findFirst({ where: { domain: values.domain, ...notSelf("ACCOUNT") }, select: { id: true, name: true } });
    if (account) found.push({ field: "domain", kind: "ACCOUNT", id: account.id, name: account.name });
  }
  if (values.externalId) {
    const hit = await findByExternalId(client, kind, values.externalId, notSelf(kind));
    if (hit) found.push({ field: "externalId", kind, ...hit });
  }
  return found;
}

async function findByExternalId(client: Client, kind: EntityKind, externalId: string, notSelf: object): Promise<{ id: number; name: string } | null> {
  const where = { externalId, ...notSelf };
  switch (kind) {
    case "LEAD": {
      const lead = await client.lead.findFirst({ where, select: { id: true, firstName: true, lastName: true } });
      return lead && { id: lead.id, name: personName(lead) };
    }
    case "CONTACT": {
      const contact = await client.contact.findFirst({ where, select: { id: true, firstName: true, lastName: true } });
      return contact && { id: contact.id, name: personName(contact) };
    }
    case "ACCOUNT":
      return client.account.findFirst({ where, select: { id: true, name: true } });
    case "DEAL":
      return client.deal.findFirst({ where, select: { id: true, name: true } });
  }
}

/** An existing account with a lead's company domain: a hint to link the lead, never a refusal. */
export async function findAccountByDomain(client: Client, domain: string | null | undefined): Promise<{ id: number; name: string } | null> {
  if (!domain) return null;
  return client.account.findUnique({ where: { domain }, select: { id: true, name: true } });
}

/**
 * Holds, until the transaction ends, the identifying values a write is about to claim. A
 * lead's and a contact's email share one lock, so a lead and a contact with the same email
 * created at the same moment are decided one after the other; no unique index spans both tables.
 */
export async function lockIdentity(tx: Tx, kind: EntityKind, values: IdentityValues): Promise<void> {
  const keys = [
    values.email ? `email:${values.email}` : null,
    values.domain ? `domain:${values.domain}` : null,
    values.externalId ? `externalId:${kind}:${values.externalId}` : null,
  ].filter((key): key is string => key !== null).sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

/** The refusal a form shows beside each duplicated field, with a link to the record that has the value. */
export function duplicateError(duplicates: Duplicate[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  const fieldLinks: Record<string, FieldLink> = {};
  for (const duplicate of duplicates) {
    fieldErrors[duplicate.field] = [`recordForms.duplicate.${duplicate.kind}`];
    fieldLinks[duplicate.field] = { href: recordPath(duplicate.kind, duplicate.id), label: duplicate.name };
  }
  return new AppError("CONFLICT", `duplicate ${duplicates.map((d) => `${d.field} of ${d.kind} ${d.id}`).join(", ")}`, {
    messageKey: "recordForms.duplicate.summary",
    fieldErrors,
    fieldLinks,
  });
}

/** Refuses the write when another record already holds one of its identifying values. */
export async function refuseDuplicates(tx: Tx, kind: EntityKind, values: IdentityValues, exceptId?: number): Promise<void> {
  await lockIdentity(tx, kind, values);
  const duplicates = await findDuplicates(tx, kind, values, exceptId);
  if (duplicates.length > 0) throw duplicateError(duplicates);
}

/**
 * Runs a write and, when the database's unique index refuses it (another writer that took no
 * lock claimed the value first), answers with the same duplicate refusal as the check before it.
 */
export async function asDuplicateRefusal<T>(client: PrismaClient, kind: EntityKind, values: IdentityValues, exceptId: number | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const duplicates = await findDuplicates(client, kind, values, exceptId);
    throw duplicates.length > 0 ? duplicateError(duplicates) : error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && code === "P2002";
}
